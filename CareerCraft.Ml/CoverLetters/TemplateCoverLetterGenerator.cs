using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>
/// Writes a letter from the resume's facts in the requested tone: an opening naming the most recent role, the
/// achievements most relevant to the job quoted from the resume's bullets, the matching skills and education, and a
/// closing. Every fact comes from the resume (or the request's company and job title); skills the job wants and the
/// resume lacks are never claimed, they go to <c>missingSkills</c>.
/// </summary>
public sealed class TemplateCoverLetterGenerator(ToneTemplates tones, ResumeLexicon lexicon)
{
    public CoverLetterResponse Generate(CoverLetterFacts facts)
    {
        var t = tones[facts.Job.Tone];
        var job = facts.Job;
        var body = new List<string> { Opening(t, facts) };

        if (facts.Achievements.Count > 0)
        {
            var sentences = new List<string> { t.AchievementsLead };
            string? previousOrganization = null;
            foreach (var achievement in facts.Achievements)
            {
                var clause = Clause(achievement.Text);
                var template = achievement.Organization is null ? t.AchievementPlain
                    : achievement.Organization == previousOrganization ? t.AchievementAgain
                    : t.AchievementAt;
                sentences.Add(Fill(template, job, organization: achievement.Organization, achievement: clause));
                previousOrganization = achievement.Organization ?? previousOrganization;
            }
            body.Add(string.Join(' ', sentences));
        }

        var skillsAndSchool = new List<string>();
        if (facts.MatchedSkills.Count > 0)
        {
            skillsAndSchool.Add(Fill(t.MatchedSkills, job, skills: TextTools.JoinNatural(facts.MatchedSkills)));
        }
        else if (facts.OtherSkills.Count > 0)
        {
            skillsAndSchool.Add(Fill(t.OtherSkills, job, skills: TextTools.JoinNatural(facts.OtherSkills)));
        }
        if (facts.Education is { } education)
        {
            var template = education is { Degree: not null, Institution: not null } ? t.DegreeFrom
                : education.Degree is not null ? t.DegreeOnly
                : t.InstitutionOnly;
            skillsAndSchool.Add(Fill(template, job, degree: education.Degree, institution: education.Institution));
        }
        if (skillsAndSchool.Count > 0)
        {
            body.Add(string.Join(' ', skillsAndSchool));
        }
        body.Add(Fill(t.ClosingParagraph, job));

        var letter = new CoverLetter(Fill(t.Greeting, job), body, Fill(t.Closing, job), t.SignOff, facts.CandidateName);
        return new CoverLetterResponse(letter, CoverLetterText.Format(letter), Generators.Template, null, facts.MissingSkills);
    }

    private static string Opening(ToneTemplate t, CoverLetterFacts facts)
    {
        var role = facts.LatestRole;
        if (role is { Title: not null, Organization: not null })
        {
            return Fill(t.OpeningWithRole, facts.Job, title: role.Title, organization: role.Organization);
        }
        return role?.Title is not null
            ? Fill(t.OpeningWithTitleOnly, facts.Job, title: role.Title)
            : Fill(t.OpeningWithoutRole, facts.Job);
    }

    // "Reduced wait times by 20%." → "reduced wait times by 20%"; "Responsible for X" → "was responsible for X";
    // any other bullet without a verb → "worked on X".
    private string Clause(string bullet)
    {
        var text = bullet.Trim().TrimEnd('.', ';', ',', ' ');
        var first = TextTools.FirstWord(text);
        var lowered = first.Length > 1 && TextTools.IsAllCaps(first) ? text : char.ToLowerInvariant(text[0]) + text[1..];
        if (lexicon.IsActionVerb(first))
        {
            return lowered;
        }
        return lowered.StartsWith("responsible", StringComparison.Ordinal) ? $"was {lowered}" : $"worked on {lowered}";
    }

    private static string Fill(string template, CoverLetterJob job, string? title = null, string? organization = null,
        string? skills = null, string? degree = null, string? institution = null, string? achievement = null) =>
        template
            .Replace("{jobTitle}", job.JobTitle, StringComparison.Ordinal)
            .Replace("{company}", job.CompanyName, StringComparison.Ordinal)
            .Replace("{title}", title ?? "", StringComparison.Ordinal)
            .Replace("{organization}", organization ?? "", StringComparison.Ordinal)
            .Replace("{skills}", skills ?? "", StringComparison.Ordinal)
            .Replace("{degree}", degree ?? "", StringComparison.Ordinal)
            .Replace("{institution}", institution ?? "", StringComparison.Ordinal)
            .Replace("{achievement}", achievement ?? "", StringComparison.Ordinal);
}
