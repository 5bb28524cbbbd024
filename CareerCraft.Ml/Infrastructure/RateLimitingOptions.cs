using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.Infrastructure;

/// <summary>Per-user token bucket for the ML endpoints: inference is the expensive resource we share.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "Ml:RateLimit";

    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 120;

    [Range(1, 10_000)]
    public int Burst { get; set; } = 30;
}
