using CareerCraft.Ml.Documents.Reading;
using System.Text.RegularExpressions;
using CareerCraft.Ml.Skills;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>Why a letter is not grounded in the resume: each item names what it invented.</summary>
public sealed record GroundingResult(IReadOnlyList<string> Problems)
{
    public bool IsGrounded => Problems.Count == 0;
}

/// <summary>
/// Rejects letters that state what the resume does not: a skill of the taxonomy the resume never names, a number
/// the resume never states, or an organisation (a capitalised name after "at", "with", "for", "joined", "from", or
/// one ending in "Inc.", "Hospital", "University" ...) that neither the resume nor the job posting contains.
/// The company and job title of the request are allowed everywhere.
/// </summary>
public sealed partial class GroundingCheck(ISkillExtractor skills, ResumeLexicon lexicon)
{
    public GroundingResult Check(string letter, CoverLetterFacts facts)
    {
        var problems = new List<string>();
        var allowedText = Normalize($"{facts.Resume.Text}\n{facts.Job.CompanyName}\n{facts.Job.JobTitle}\n{facts.CandidateName}");
        var requestSkills = skills.Find($"{facts.Job.CompanyName}\n{facts.Job.JobTitle}").Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        var resumeSkills = facts.Resume.Skills.Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var mention in skills.Find(letter))
        {
            if (!resumeSkills.Contains(mention.Skill.Name) && !requestSkills.Contains(mention.Skill.Name))
            {
                problems.Add($"skill '{mention.MatchedText}' is not in the resume");
            }
        }

        foreach (Match number in NumberRegex().Matches(letter))
        {
            if (!allowedText.Contains(number.Value, StringComparison.Ordinal))
            {
                problems.Add($"number '{number.Value}' is not in the resume");
            }
        }

        var contextText = Normalize($"{allowedText}\n{facts.Job.JobDescription}");
        foreach (var organization in Organizations(letter))
        {
            if (!contextText.Contains(Normalize(organization), StringComparison.Ordinal))
            {
                problems.Add($"organisation '{organization}' is not in the resume");
            }
        }
        return new GroundingResult(problems.Distinct(StringComparer.Ordinal).ToList());
    }

    private IEnumerable<string> Organizations(string letter)
    {
        foreach (Match m in AfterPrepositionRegex().Matches(letter))
        {
            var name = TrimName(m.Groups["name"].Value);
            if (name.Length > 1 && !CommonCapitalized.Contains(name.Split(' ')[0]) && skills.Resolve(name) is null)
            {
                yield return name;
            }
        }
        foreach (Match m in CapitalizedRunRegex().Matches(letter))
        {
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && lexicon.OrganizationWords.Contains(words[^1].TrimEnd('.', ',')))
            {
                var name = TrimName(string.Join(' ', words.SkipWhile(w => CommonCapitalized.Contains(w))));
                if (name.Contains(' ') && skills.Resolve(name) is null)
                {
                    yield return name;
                }
            }
        }
    }

    private static string TrimName(string name) => PossessiveRegex().Replace(name.Trim().TrimEnd('.', ',', ';', ':'), "");

    private static string Normalize(string text) => WhitespaceRegex().Replace(text.ToLowerInvariant().Replace('’', '\''), " ");

    // Sentence openers and letter words that are capitalised without being names.
    private static readonly HashSet<string> CommonCapitalized = new(StringComparer.Ordinal)
    {
        "I", "A", "An", "The", "My", "Our", "Your", "This", "That", "These", "Those", "In", "At", "As", "With", "For", "From",
        "During", "While", "When", "Since", "After", "Before", "Dear", "Hello", "Hi", "Thank", "Thanks", "Sincerely", "Best",
        "Warm", "Kind", "Regards", "Hiring", "Manager", "Team", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "English", "Please", "Here", "There", "It", "We", "You", "He", "She", "They", "Also", "Most", "Recently",
    };

    // Names run over capitalised words on one line ("Mercy General Hospital", "Baker & Lowe CPAs"); a run stops at a
    // sentence end, a line break and the pronoun "I" ("at Acme I led ...").
    private const string NameWord = @"\p{Lu}[\p{L}\d&'’\-]*";
    private const string NameGap = @"[ \t]+(?:(?:&|and|of|de)[ \t]+)?(?!I\b)";

    [GeneratedRegex(@"\b(?:at|with|for|joined|from|by)[ \t]+(?<name>" + NameWord + "(?:" + NameGap + NameWord + ")*)")]
    private static partial Regex AfterPrepositionRegex();

    [GeneratedRegex(NameWord + "(?:" + NameGap + NameWord + ")+")]
    private static partial Regex CapitalizedRunRegex();

    [GeneratedRegex(@"(?<![\p{L}\d.])\d+(?:[.,]\d+)*(?![\p{L}\d])")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex PossessiveRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
