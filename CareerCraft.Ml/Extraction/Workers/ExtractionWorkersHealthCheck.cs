using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>Healthy while at least one worker can read files; a pool that cannot start workers says why.</summary>
public sealed class ExtractionWorkersHealthCheck(ExtractionWorkerPool pool) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var alive = pool.Alive;
        var description = $"{alive} of {pool.Size} extraction workers running, {pool.MemoryBytesPerWorker / (1024 * 1024)} MB each";
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy(description)
            : HealthCheckResult.Unhealthy(pool.LastStartError is { } error ? $"{description}: {error}" : $"{description} (starting)"));
    }
}
