namespace CareerCraft.Ml.Matching;

/// <summary>Plain-words advice from a match: what the score means, what to add, what to prove.</summary>
public static class MatchFeedback
{
    private const int MaxSkillsNamed = 5;
    private const int MaxRequirementsNamed = 3;

    public static IReadOnlyList<string> Compose(
        int jobFitScore,
        int jobSkillCount,
        IReadOnlyList<string> matchedSkills,
        IReadOnlyList<PartialSkillMatch> partialMatches,
        IReadOnlyList<string> missingSkills,
        IReadOnlyList<RequirementMatch> requirements)
    {
        var feedback = new List<string>
        {
            jobFitScore switch
            {
                >= 75 => $"Strong fit ({jobFitScore}/100): your resume covers most of what this job asks for.",
                >= 50 => $"Partial fit ({jobFitScore}/100): the basics are there, but some of what the job asks for is missing or not shown clearly.",
                _ => $"Weak fit ({jobFitScore}/100): your resume shows little of what this job asks for. Tailor it before applying, or aim at roles closer to your experience.",
            },
        };

        if (missingSkills.Count > 0)
        {
            feedback.Add($"The job asks for {JoinNames(missingSkills.Take(MaxSkillsNamed).ToList())}, which your resume does not mention. " +
                "If you have used them, name them in a line that says what you did with them.");
        }
        foreach (var partial in partialMatches.Take(MaxSkillsNamed))
        {
            feedback.Add($"You mention {partial.ResumeSkill}, which is close to {partial.JobSkill} that the job asks for; " +
                $"if you have worked with {partial.JobSkill} itself, say so.");
        }

        var unmet = requirements.Where(r => !r.Met).ToList();
        foreach (var requirement in unmet.Take(MaxRequirementsNamed))
        {
            feedback.Add($"Not clearly shown: \"{requirement.Text}\". Add a line with a concrete example that proves it.");
        }
        if (unmet.Count > MaxRequirementsNamed)
        {
            feedback.Add($"{unmet.Count - MaxRequirementsNamed} more requirements have no clear evidence; see the requirement list.");
        }
        if (requirements.Count > 0 && unmet.Count == 0)
        {
            feedback.Add("Every requirement the job lists has a supporting line in your resume; put the strongest of them near the top.");
        }
        if (jobSkillCount > 0 && matchedSkills.Count == jobSkillCount)
        {
            feedback.Add("Your resume names every skill the job lists.");
        }
        return feedback;
    }

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
