using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>The ATS score, its breakdown and the ordered feedback.</summary>
public sealed record ScoreResult(int AtsScore, ScoreBreakdown Breakdown, IReadOnlyList<FeedbackItem> Feedback);

/// <summary>
/// The ATS score is the sum of named parts, each with its points, maximum and reason:
/// contact 15 + sections 20 + skills 15 + impact 25 + readability 15 + parseability 10 = 100.
/// With a job description whose terms we recognise, keyword coverage (20) joins and the six resume parts are scaled
/// by 0.8, so they weigh 80 and the total stays 0-100; each part's points and maximum are reported in that scale
/// (one decimal) and the score is their sum, rounded. The same input always gives the same score.
/// </summary>
public sealed class AtsScorer(BulletAnalyzer bullets)
{
    public const double ResumeShareWithJob = 0.8;

    public ScoreResult Score(ParsedResume resume, ExtractionSignals signals, KeywordCoverage? coverage)
    {
        var parts = new List<PartResult>
        {
            ContactScore.Evaluate(resume.Contact),
            SectionScore.Evaluate(resume),
            SkillScore.Evaluate(resume),
            ImpactScore.Evaluate(resume, bullets),
            ReadabilityScore.Evaluate(resume),
            ParseabilityScore.Evaluate(resume, signals),
        };
        var withJob = coverage is not null && coverage.Matched.Count + coverage.Missing.Count > 0;
        var scale = withJob ? ResumeShareWithJob : 1.0;
        var keywordPart = withJob ? KeywordScore.Evaluate(coverage!) : null;

        var total = parts.Sum(p => p.Points * scale) + (keywordPart?.Points ?? 0);
        var breakdown = new ScoreBreakdown(
            Scaled(parts[0], scale), Scaled(parts[1], scale), Scaled(parts[2], scale),
            Scaled(parts[3], scale), Scaled(parts[4], scale), Scaled(parts[5], scale),
            keywordPart is null ? null : Scaled(keywordPart, 1.0));

        if (keywordPart is not null)
        {
            parts.Add(keywordPart);
        }
        var feedback = Order(parts);
        if (coverage is not null && !withJob)
        {
            feedback.Add(new FeedbackItem(Severities.Suggestion, "keywords",
                "The job description names no skills or key terms we recognise, so keyword coverage was not scored."));
        }
        var score = (int)Math.Clamp(Math.Round(total, MidpointRounding.AwayFromZero), 0, 100);
        return new ScoreResult(score, breakdown, feedback);
    }

    private static ScorePart Scaled(PartResult part, double scale) =>
        new(Math.Round(part.Points * scale, 1), Math.Round(part.Max * scale, 1), part.Reason);

    // Most severe first; within a severity, the part that lost most points first; then the order found.
    private static List<FeedbackItem> Order(List<PartResult> parts)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return parts
            .SelectMany((part, partIndex) => part.Findings.Select((f, i) => (Finding: f, Part: part, PartIndex: partIndex, Index: i)))
            .OrderBy(x => FindingOrder.Rank(x.Finding.Severity))
            .ThenByDescending(x => x.Part.Lost / (double)x.Part.Max)
            .ThenBy(x => x.PartIndex)
            .ThenBy(x => x.Index)
            .Where(x => seen.Add(x.Finding.Message))
            .Select(x => new FeedbackItem(x.Finding.Severity, x.Part.Category, x.Finding.Message))
            .ToList();
    }
}
