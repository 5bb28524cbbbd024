namespace CareerCraft.Ml.Infrastructure;

/// <summary>
/// How many requests the service is answering right now, so background work can wait for a quiet moment instead of
/// taking cores from a person who is waiting on an answer. Health probes do not count: they never stop.
/// </summary>
public sealed class RequestsInFlight
{
    private int _count;

    public bool Any => Volatile.Read(ref _count) > 0;

    internal void Enter() => Interlocked.Increment(ref _count);

    internal void Leave() => Interlocked.Decrement(ref _count);
}

public static class RequestsInFlightExtensions
{
    public static IApplicationBuilder UseRequestsInFlight(this IApplicationBuilder app)
    {
        var requests = app.ApplicationServices.GetRequiredService<RequestsInFlight>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive"))
            {
                await next(context);
                return;
            }
            requests.Enter();
            try
            {
                await next(context);
            }
            finally
            {
                requests.Leave();
            }
        });
    }
}
