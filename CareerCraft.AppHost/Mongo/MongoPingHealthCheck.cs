using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CareerCraft.AppHost.Mongo;

/// <summary>
/// Lets <c>WaitFor(mongo)</c> mean "accepts authenticated commands", not merely "container started":
/// the backend creates its indexes at start-up and must not race the server.
/// </summary>
internal sealed class MongoPingHealthCheck(Func<string?> connectionString) : IHealthCheck
{
    private MongoClient? _client;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connectionString() is not { } uri)
        {
            return HealthCheckResult.Unhealthy("MongoDB connection string not available yet");
        }

        try
        {
            _client ??= new MongoClient(MongoClientSettings.FromConnectionString(uri));
            await _client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("MongoDB did not answer a ping", ex);
        }
    }
}
