using System.Threading.RateLimiting;
using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.ServiceDefaults.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Quotas;

public static class QuotasRegistration
{
    public const string UploadPolicy = "uploads-per-user";

    public static IHostApplicationBuilder AddQuotas(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<QuotaCheck>();
        builder.Services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(UploadPolicy, http =>
        {
            var perMinute = http.RequestServices.GetRequiredService<IOptions<QuotaOptions>>().Value.UploadsPerMinute;
            // Authorisation runs first, so the user is known; the address is only a fallback that never applies.
            var key = http.User.GetUserId() ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / perMinute),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }));
        return builder;
    }
}
