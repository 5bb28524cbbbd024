namespace CareerCraft.Backend.Infrastructure;

public static class Resilience
{
    /// <summary>
    /// Replaces the service defaults' resilience handler (three retries with seconds of back-off) with a short one:
    /// these calls sit inside a user's request, and each caller has a useful fallback when they fail.
    /// </summary>
    public static IHttpClientBuilder WithShortResilience(this IHttpClientBuilder builder, TimeSpan attemptTimeout, int retries = 1)
    {
        builder.RemoveAllResilienceHandlers();
        builder.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = retries;
            o.Retry.Delay = TimeSpan.FromMilliseconds(200);
            o.AttemptTimeout.Timeout = attemptTimeout;
            o.TotalRequestTimeout.Timeout = attemptTimeout * (retries + 1) + TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = attemptTimeout * 2;
        });
        return builder;
    }
}
