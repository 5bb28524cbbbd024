namespace CareerCraft.Web.Services.Health;

/// <summary>Asks both services at once so the slower one sets the page's wait, not the sum.</summary>
public sealed class ServiceHealthProbe(BackendClient backend, MlClient ml)
{
    public async Task<IReadOnlyList<ServiceHealth>> CheckAllAsync(CancellationToken cancellationToken = default)
    {
        var results = await Task.WhenAll(backend.GetHealthAsync(cancellationToken), ml.GetHealthAsync(cancellationToken));
        return results;
    }
}
