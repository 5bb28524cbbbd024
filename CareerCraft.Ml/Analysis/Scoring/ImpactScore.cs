using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Impact, 25 points: the share of bullets (under experience, projects and volunteering) that both start with an
/// action verb and state a measurable result. Full marks when at least half of the bullets, and at least three, do
/// both: points = 25 × min(1, strong / max(3, ⌈bullets / 2⌉)).
/// </summary>
public static class ImpactScore
{
    public const int Max = 25;
    private const int MinimumStrong = 3;

    public static PartResult Evaluate(ParsedResume resume, BulletAnalyzer bullets)
    {
        var all = resume.BulletGroups.SelectMany(g => g.Bullets).ToList();
        var findings = new List<Finding>();
        foreach (var entry in resume.Experience.Where(e => e.Bullets.Count == 0))
        {
            var label = entry.Organization ?? entry.Title;
            if (label is not null)
            {
                findings.Add(new(Severities.Warning, $"Your role at {label} has no bullet points; add two to four lines on what you achieved there."));
            }
        }
        if (all.Count == 0)
        {
            findings.Add(new(Severities.Critical, "No bullet points found under Experience or Projects. Describe each role in bullets that start with a verb and end with a result ('Cut month-end close from 8 to 5 days')."));
            return new PartResult("impact", 0, Max, "No bullet points found under experience, projects or volunteering.", findings);
        }

        var strong = 0;
        foreach (var group in resume.BulletGroups)
        {
            var noMetric = group.Bullets.Where(b => !BulletAnalyzer.IsMeasurable(b)).ToList();
            var noVerb = group.Bullets.Where(b => !bullets.StartsWithActionVerb(b)).ToList();
            strong += group.Bullets.Count(b => BulletAnalyzer.IsMeasurable(b) && bullets.StartsWithActionVerb(b));
            if (noMetric.Count > 0)
            {
                var severity = noMetric.Count * 2 > group.Bullets.Count ? Severities.Warning : Severities.Suggestion;
                findings.Add(new(severity,
                    $"{Share(noMetric.Count, group.Bullets.Count)} under {group.Place} {(noMetric.Count == 1 ? "has" : "have")} no measurable result, e.g. {TextTools.Quote(noMetric[0])}. Add a number: how many, how much, how fast."));
            }
            var weak = group.Bullets.Select(b => (Bullet: b, Opener: bullets.WeakOpener(b))).FirstOrDefault(x => x.Opener is not null);
            if (weak.Opener is not null)
            {
                findings.Add(new(Severities.Warning,
                    $"A bullet under {group.Place} opens with '{weak.Opener}' ({TextTools.Quote(weak.Bullet)}); say what you did and achieved instead of what you were responsible for."));
            }
            else if (noVerb.Count > 0)
            {
                findings.Add(new(Severities.Suggestion,
                    $"{Share(noVerb.Count, group.Bullets.Count)} under {group.Place} {(noVerb.Count == 1 ? "does" : "do")} not start with an action verb, e.g. {TextTools.Quote(noVerb[0])}; open with a verb such as 'Led', 'Reduced' or 'Built'."));
            }
        }

        var target = Math.Max(MinimumStrong, (int)Math.Ceiling(all.Count / 2.0));
        var points = (int)Math.Round(Max * Math.Min(1.0, strong / (double)target), MidpointRounding.AwayFromZero);
        var reason = $"{strong} of {all.Count} bullets start with an action verb and state a measurable result; full marks from {target}.";
        return new PartResult("impact", points, Max, reason, findings);
    }

    // "3 of 7 bullets", "1 of 4 bullets", "The only bullet".
    private static string Share(int count, int total) =>
        total == 1 ? "The only bullet" : $"{count} of {total} bullets";
}
