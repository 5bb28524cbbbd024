using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCraft.Backend.Storage;

internal sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = database.OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("embedded SQLite store");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("embedded SQLite store unavailable", ex);
        }
    }
}
