using System.Text.Json;

namespace CareerCraft.Web.Services.Ml;

/// <summary>The extraction's warnings and OCR flag are passed on so the parseability part can be scored from them.</summary>
public sealed record AnalyzeRequest(string Text, string? JobDescription, IReadOnlyList<string>? ExtractionWarnings = null, bool? Ocr = null);

/// <summary>
/// The ML service's analysis; stored as is in the backend (PUT /api/resumes/{id}/analysis), so every part
/// must survive a round trip: <see cref="Breakdown"/> stays raw JSON and is read through <see cref="ScoreBreakdown"/>.
/// </summary>
public sealed record ResumeAnalysis(
    double AtsScore,
    JsonElement Breakdown,
    ResumeContact? Contact,
    IReadOnlyList<ResumeSection>? Sections,
    IReadOnlyList<ResumeSkill>? Skills,
    IReadOnlyList<ExperienceEntry>? Experience,
    IReadOnlyList<EducationEntry>? Education,
    IReadOnlyList<Finding>? Feedback,
    KeywordCoverage? Keywords,
    ParseConfidence? ParseConfidence = null);

/// <summary>How sure the service is of its reading: high, medium or low, and why (absent in analyses saved before).</summary>
public sealed record ParseConfidence(string Level, IReadOnlyList<string>? Reasons);

public sealed record ResumeContact(string? Name, string? Email, string? Phone, string? Location, IReadOnlyList<string>? Links);

public sealed record ResumeSection(string Kind, string? Heading, string? Text);

public sealed record ResumeSkill(string Name, string? Category);

public sealed record ExperienceEntry(string? Title, string? Organization, string? Start, string? End, IReadOnlyList<string>? Bullets);

public sealed record EducationEntry(string? Degree, string? Institution, string? Year);

public sealed record Finding(string Severity, string? Category, string Message);

public sealed record KeywordCoverage(IReadOnlyList<string>? Matched, IReadOnlyList<string>? Missing);
