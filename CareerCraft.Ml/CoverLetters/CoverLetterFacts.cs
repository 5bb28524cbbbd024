using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>An achievement chosen for the letter: a bullet as written and the employer it belongs to.</summary>
public sealed record Achievement(string Text, string? Organization, double Relevance);

/// <summary>
/// The resume's facts a letter may use, and the job's skills it lacks. Both generators write from these only, and
/// the grounding check compares letters against <see cref="Resume"/>.
/// </summary>
public sealed record CoverLetterFacts(
    CoverLetterJob Job,
    ParsedResume Resume,
    string CandidateName,
    ExperienceEntry? LatestRole,
    IReadOnlyList<Achievement> Achievements,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> OtherSkills,
    IReadOnlyList<string> MissingSkills,
    EducationEntry? Education);

/// <summary>Builds <see cref="CoverLetterFacts"/>: parses the resume, compares skills, ranks achievements against the job.</summary>
public sealed class CoverLetterFactsBuilder(ResumeParser parser, Skills.ISkillExtractor skills, AchievementRanker ranker)
{
    private const int MaxAchievements = 3;
    private const int MaxSkills = 5;

    public async Task<CoverLetterFacts> BuildAsync(CoverLetterJob job, CancellationToken cancellationToken)
    {
        var resume = parser.Parse(job.ResumeText);
        // Skills are written as the resume writes them ("telemetry", "Epic"), not as the taxonomy names them.
        var asWritten = resume.Skills.GroupBy(s => s.Skill.Name).ToDictionary(g => g.Key, g => g.First().MatchedText, StringComparer.Ordinal);
        // The same reading of the job as job matching: its pitch and benefits are not skills the letter must address.
        var jobSkills = skills.Find(RequirementExtractor.AskedText(job.JobDescription)).Select(s => s.Skill.Name).Distinct(StringComparer.Ordinal).ToList();
        var matchedNames = jobSkills.Where(asWritten.ContainsKey).Take(MaxSkills).ToList();
        var matched = matchedNames.Select(s => asWritten[s]).ToList();
        var missing = jobSkills.Where(s => !asWritten.ContainsKey(s)).ToList();
        var others = asWritten.Where(s => !matchedNames.Contains(s.Key)).Select(s => s.Value).Take(MaxSkills).ToList();

        var candidates = resume.Experience
            .SelectMany(e => e.Bullets.Select(b => (Bullet: b, e.Organization)))
            .Concat(resume.BulletGroups.Where(g => !g.Place.Contains(" at ", StringComparison.Ordinal) && !g.Place.Contains(" as ", StringComparison.Ordinal))
                .SelectMany(g => g.Bullets.Select(b => (Bullet: b, Organization: (string?)null))))
            .DistinctBy(c => c.Bullet)
            .ToList();
        var achievements = await ranker.RankAsync(candidates, job.JobDescription, MaxAchievements, cancellationToken);

        var name = job.CandidateName ?? resume.Contact.Name ?? "";
        return new CoverLetterFacts(job, resume, name, resume.Experience.FirstOrDefault(e => e.Title is not null || e.Organization is not null),
            achievements, matched, others, missing, resume.Education.FirstOrDefault(e => e.Degree is not null || e.Institution is not null));
    }
}
