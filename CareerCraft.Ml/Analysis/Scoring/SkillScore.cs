using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Skills, 15 points: 1.5 points for each distinct skill of the taxonomy the resume names, full marks from 10.
/// Ten is about what a one-page resume of any profession names when it lists its tools and methods.
/// </summary>
public static class SkillScore
{
    public const int Max = 15;
    public const int FullMarksAt = 10;

    public static PartResult Evaluate(ParsedResume resume)
    {
        var count = resume.Skills.Count;
        var points = (int)Math.Round(Max * Math.Min(count, FullMarksAt) / (double)FullMarksAt, MidpointRounding.AwayFromZero);
        var names = resume.Skills.Select(s => s.Skill.Name).ToList();
        var findings = new List<Finding>();
        if (count == 0)
        {
            findings.Add(new(Severities.Critical, "We recognised no skills in the resume. Name the tools, methods and certifications you use, in a Skills section and in your bullets."));
        }
        else if (count < FullMarksAt)
        {
            findings.Add(new(count < 5 ? Severities.Warning : Severities.Suggestion,
                $"Only {count} recognised skill{(count == 1 ? "" : "s")} ({TextTools.JoinNatural(names)}); name more of the tools and methods you actually use."));
        }
        var reason = count == 0
            ? "No skills recognised."
            : $"{count} skill{(count == 1 ? "" : "s")} recognised ({TextTools.JoinNatural(names, 6)}); full marks from {FullMarksAt}.";
        return new PartResult("skills", points, Max, reason, findings);
    }
}
