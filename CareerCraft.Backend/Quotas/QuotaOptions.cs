using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Quotas;

/// <summary>What one account may keep, and how fast it may upload: one account must not fill the store.</summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Quotas";

    [Range(1, 1_000_000)]
    public int MaxResumes { get; set; } = 50;

    [Range(1, 1_000_000)]
    public int MaxFileMegabytes { get; set; } = 100;

    [Range(1, 1_000_000)]
    public int MaxCoverLetters { get; set; } = 500;

    [Range(1, 1_000_000)]
    public int MaxSavedJobs { get; set; } = 1_000;

    [Range(1, 1_000_000)]
    public int MaxApplications { get; set; } = 1_000;

    /// <summary>Uploads per user per minute (a token bucket that refills one permit every 60/n seconds).</summary>
    [Range(1, 100_000)]
    public int UploadsPerMinute { get; set; } = 10;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
