using System.Text.Json.Serialization;

namespace CareerCraft.Contracts.Ml;

/// <summary>
/// <c>POST /resume/analyze</c> as JSON. The extraction fields are optional: a client that extracted the file with
/// <c>/resume/extract-text</c> passes its warnings, OCR flag and layout on, so parseability is scored from them and
/// the reading uses sizes, weights and columns too.
/// </summary>
public sealed record AnalyzeRequest
{
    public string? Text { get; init; }

    public string? JobDescription { get; init; }

    public IReadOnlyList<string>? ExtractionWarnings { get; init; }

    public bool? Ocr { get; init; }

    public bool? MultiColumn { get; init; }

    /// <summary>The <c>layout</c> of <c>/resume/extract-text</c>'s answer for this text.</summary>
    public DocumentLayout? Layout { get; init; }
}

/// <summary>
/// The analysis (DESIGN.md section 4). The backend stores it as the client sent it, so analyses saved by earlier
/// versions may lack <see cref="ParseConfidence"/> (null then).
/// </summary>
public sealed record AnalysisResponse(
    int AtsScore,
    ScoreBreakdown Breakdown,
    ContactInfo Contact,
    IReadOnlyList<SectionResult> Sections,
    IReadOnlyList<SkillResult> Skills,
    IReadOnlyList<ExperienceEntry> Experience,
    IReadOnlyList<EducationEntry> Education,
    IReadOnlyList<FeedbackItem> Feedback,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KeywordCoverage? Keywords,
    ParseConfidence? ParseConfidence);

/// <summary>One named part of the ATS score: what it earned, what it could earn, and why it lost the rest.</summary>
public sealed record ScorePart(double Points, double Max, string Reason);

/// <summary>The parts that add up to the ATS score; <see cref="Keywords"/> only when a job description was given.</summary>
public sealed record ScoreBreakdown(
    ScorePart Contact,
    ScorePart Sections,
    ScorePart Skills,
    ScorePart Impact,
    ScorePart Readability,
    ScorePart Parseability,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScorePart? Keywords);

public sealed record ContactInfo(string? Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links);

public sealed record SectionResult(string Kind, string Heading, string Text);

public sealed record SkillResult(string Name, string Category);

public sealed record ExperienceEntry(string? Title, string? Organization, string? Start, string? End, IReadOnlyList<string> Bullets);

public sealed record EducationEntry(string? Degree, string? Institution, string? Year);

public sealed record KeywordCoverage(IReadOnlyList<string> Matched, IReadOnlyList<string> Missing);

/// <summary>How sure the service is of its reading: <c>high</c>, <c>medium</c> or <c>low</c>, and why.</summary>
public sealed record ParseConfidence(string Level, IReadOnlyList<string> Reasons);

/// <summary>A concrete finding: severity from <see cref="Severities"/>; category names the score part it concerns.</summary>
public sealed record FeedbackItem(string Severity, string Category, string Message);

public static class Severities
{
    public const string Critical = "critical";
    public const string Warning = "warning";
    public const string Suggestion = "suggestion";
}
