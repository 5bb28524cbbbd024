namespace CareerCraft.Backend.Infrastructure;

public static class Resilience
{
    /// <summary>
    /// Replaces the service defaults' resilience handler (three retries with seconds of back-off) with a short one:
    /// these calls sit inside a user's request, and each caller has a useful fallback when they fail.
    /// </summary>
    public static IHttpClientBuilder WithShortResilience(this IHttpClientBuilder builder, TimeSpan attemptTimeout, int retries = 1)
    {
        // Marked experimental (EXTEXP0001), but it is the documented way to replace the defaults' handler for one client;
        // stacking a second handler on top would multiply the retries instead.
#pragma warning disable EXTEXP0001
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
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
