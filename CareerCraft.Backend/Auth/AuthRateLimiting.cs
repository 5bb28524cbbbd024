using System.Threading.RateLimiting;
using CareerCraft.ServiceDefaults.RateLimiting;
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
            limiter.OnRejected = (context, _) =>
                context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy
                    ? RateLimitRejection.WriteAsync(
                        context,
                        "Too many sign-in or sign-up attempts from this address; wait and try again.",
                        TimeSpan.FromSeconds(context.HttpContext.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RateLimit.WindowSeconds))
                    : RateLimitRejection.WriteAsync(context, "Too many uploads in a short time; wait and try again.");
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RateLimit;
                return RateLimitPartition.GetFixedWindowLimiter(http.EndUserAddress(), _ => new FixedWindowRateLimiterOptions
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
