using Polly;

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

    /// <summary>
    /// Replaces the service defaults' resilience handler with one total timeout and nothing else: no retry, no hedging,
    /// no circuit breaker. For a call that must reach the other side at most once per call, because what it sends may
    /// be what breaks that side; the caller decides whether and when to try again.
    /// </summary>
    public static IHttpClientBuilder WithTimeoutOnly(this IHttpClientBuilder builder, string pipelineName, TimeSpan timeout)
    {
#pragma warning disable EXTEXP0001 // as above
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddResilienceHandler(pipelineName, pipeline => pipeline.AddTimeout(timeout));
        // The pipeline's timeout is the one bound; HttpClient's own 100 s would cut a longer configured one short.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return builder;
    }
}
