using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.CoverLetters.GenAi;

/// <summary>Limits of the GenAI cover letter path (configuration section <c>Ml:CoverLetters:Llm</c>).</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Ml:CoverLetters:Llm";

    /// <summary>One attempt; a letter of ~400 words takes a hosted model 5-20 s.</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 45;

    /// <summary>All attempts together, after which the template answers instead.</summary>
    [Range(1, 1200)]
    public int TotalTimeoutSeconds { get; set; } = 90;

    /// <summary>Retries of a failed or timed-out attempt (429, 5xx, timeouts); the standard handler needs at least one.</summary>
    [Range(1, 5)]
    public int MaxRetries { get; set; } = 2;

    [Range(100, 4000)]
    public int MaxOutputTokens { get; set; } = 1200;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.4;
}
