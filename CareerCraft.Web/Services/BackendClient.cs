using CareerCraft.Web.Services.Health;

namespace CareerCraft.Web.Services;

/// <summary>Typed client for the stateful backend (accounts, profiles, stored resumes and letters).</summary>
public sealed class BackendClient(HttpClient http)
{
    public Task<ServiceHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        HealthReader.ReadAsync(http, "backend", "Backend", cancellationToken);
}
