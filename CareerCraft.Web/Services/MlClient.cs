using CareerCraft.Web.Services.Health;

namespace CareerCraft.Web.Services;

/// <summary>Typed client for the stateless ML service (extraction, analysis, matching, cover letters).</summary>
public sealed class MlClient(HttpClient http)
{
    public Task<ServiceHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        HealthReader.ReadAsync(http, "ml", "ML service", cancellationToken);
}
