using System.Globalization;
using System.Threading.RateLimiting;
using CareerCraft.Backend.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Auth;

internal static class AuthRateLimiting
{
    public const string Policy = "auth-per-address";

    public static void AddAuthRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RateLimit.WindowSeconds;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    title: "Too many requests",
                    detail: "Too many sign-in or sign-up attempts from this address; wait and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    type: ProblemTypes.RateLimited).ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RateLimit;
                // Behind a proxy this is the proxy's address unless forwarded headers are configured for it.
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }
}
