using System.Text.Json.Serialization;
using CareerCraft.Ml.Analysis.Parsing;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Analysis;

/// <summary>
/// <c>POST /resume/analyze</c> as JSON. The extraction fields are optional: a client that extracted the file with
/// <c>/resume/extract-text</c> passes its warnings and OCR flag on, so parseability can be scored from them.
/// </summary>
public sealed record AnalyzeRequest
{
    public string? Text { get; init; }

    public string? JobDescription { get; init; }

    public IReadOnlyList<string>? ExtractionWarnings { get; init; }

    public bool? Ocr { get; init; }

    public bool? MultiColumn { get; init; }

    /// <summary>The <c>layout</c> of <c>/resume/extract-text</c>'s answer for this text, so the analysis reads sizes, weights and columns too.</summary>
    public DocumentLayout? Layout { get; init; }
}

/// <summary>The contract's analysis (DESIGN.md section 4).</summary>
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
    ParseConfidence ParseConfidence);

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

public sealed record SectionResult(string Kind, string Heading, string Text);

public sealed record SkillResult(string Name, string Category);

public sealed record KeywordCoverage(IReadOnlyList<string> Matched, IReadOnlyList<string> Missing);

/// <summary>A concrete finding: severity critical, warning or suggestion; category names the score part it concerns.</summary>
public sealed record FeedbackItem(string Severity, string Category, string Message);

public static class Severities
{
    public const string Critical = "critical";
    public const string Warning = "warning";
    public const string Suggestion = "suggestion";

    public static int Rank(string severity) => severity switch
    {
        Critical => 0,
        Warning => 1,
        _ => 2,
    };
}
