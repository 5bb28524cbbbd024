using CareerCraft.Contracts;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerCraft.ServiceDefaults.RateLimiting;

/// <summary>
/// The one way our services answer a rejected request: 429 ProblemDetails of type <see cref="ProblemType"/>
/// with <c>Retry-After</c> in whole seconds, so clients handle every limiter alike.
/// </summary>
public static class RateLimitRejection
{
    public const string ProblemType = ProblemTypes.RateLimited;

    /// <param name="detail">What the caller did too often, in plain words.</param>
    /// <param name="fallbackRetryAfter">Used when the limiter gives no wait (e.g. a fixed window's length).</param>
    public static async ValueTask WriteAsync(OnRejectedContext context, string detail, TimeSpan? fallbackRetryAfter = null)
    {
        TimeSpan? wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : fallbackRetryAfter;
        if (wait is { } seconds)
        {
            RetryAfter.Set(context.HttpContext.Response, seconds);
        }
        await TypedResults.Problem(
            title: "Too many requests",
            detail: detail,
            statusCode: StatusCodes.Status429TooManyRequests,
            type: ProblemType).ExecuteAsync(context.HttpContext);
    }
}

/// <summary><c>Retry-After</c> in whole seconds, never 0: a client told "0" would try again at once.</summary>
public static class RetryAfter
{
    public static int Set(HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}
