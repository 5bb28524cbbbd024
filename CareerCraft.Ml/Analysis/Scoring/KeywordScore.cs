using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Job keyword coverage, 20 points, only when a job description is given: 20 × matched / job terms, where the terms
/// are the job's taxonomy skills and its key abbreviations (<see cref="JobKeywords"/>).
/// </summary>
public static class KeywordScore
{
    public const int Max = 20;

    public static PartResult Evaluate(KeywordCoverage coverage)
    {
        var total = coverage.Matched.Count + coverage.Missing.Count;
        var points = (int)Math.Round(Max * coverage.Matched.Count / (double)total, MidpointRounding.AwayFromZero);
        var findings = new List<Finding>();
        if (coverage.Missing.Count > 0)
        {
            var severity = coverage.Missing.Count * 2 > total ? Severities.Warning : Severities.Suggestion;
            findings.Add(new(severity,
                $"The job asks for {TextTools.JoinNatural(coverage.Missing, 8)}, which your resume does not mention. Add the ones you really have, where you used them."));
        }
        var reason = $"{coverage.Matched.Count} of {total} job terms found in the resume" +
            (coverage.Missing.Count > 0 ? $"; missing {TextTools.JoinNatural(coverage.Missing, 6)}." : ".");
        return new PartResult("keywords", points, Max, reason, findings);
    }
}
