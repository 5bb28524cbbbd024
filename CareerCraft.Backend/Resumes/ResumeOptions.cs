using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Resumes;

public sealed class ResumeOptions
{
    public const string SectionName = "Resumes";

    /// <summary>5 MB (DESIGN.md section 3).</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>A saved analysis is a few KB; the cap keeps one client from filling the store.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxAnalysisBytes { get; set; } = 256 * 1024;
}

public sealed class MlClientOptions : IValidatableObject
{
    public const string SectionName = "Ml";

    /// <summary>Resolved by service discovery; the AppHost names the ML service <c>ml</c>.</summary>
    [Required]
    public string BaseAddress { get; set; } = "https+http://ml";

    /// <summary>Long enough for OCR of a few scanned pages (about 2 s a page).</summary>
    [Range(1, 600)]
    public int ExtractTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// The retry of a pending extraction happens inside someone's GET; past this the GET answers with the text still
    /// pending rather than wait out a hanging ML service.
    /// </summary>
    [Range(1, 600)]
    public int ReadRetryTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Times a resume's file is sent for its text when the ML service fails without a verdict on the file, the upload
    /// included. A file that kills the ML process looks exactly like that, so the count is small: after it the resume
    /// is failed with <c>extraction-abandoned</c> and never sent again.
    /// </summary>
    [Range(1, 20)]
    public int ExtractMaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failed attempt; each later wait is <see cref="ExtractRetryBackoffFactor"/> times longer.</summary>
    [Range(1, 24 * 3600)]
    public int ExtractRetryDelaySeconds { get; set; } = 30;

    /// <summary>With the defaults: 30 s, 2.5 min, 12.5 min, then capped at an hour.</summary>
    [Range(1, 10)]
    public double ExtractRetryBackoffFactor { get; set; } = 5;

    [Range(1, 7 * 24 * 3600)]
    public int ExtractRetryMaxDelaySeconds { get; set; } = 3600;

    /// <summary>How long to wait after <paramref name="failedAttempts"/> (1 or more) failed attempts before the next.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        var seconds = ExtractRetryDelaySeconds * Math.Pow(ExtractRetryBackoffFactor, Math.Max(0, failedAttempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, ExtractRetryMaxDelaySeconds));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExtractRetryMaxDelaySeconds < ExtractRetryDelaySeconds)
        {
            yield return new ValidationResult(
                "Must be at least ExtractRetryDelaySeconds.", [nameof(ExtractRetryMaxDelaySeconds)]);
        }
    }
}
