using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCraft.Ml.Skills;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Analysis;

/// <summary>The terms of a job description a resume should echo: its skills, then its other key abbreviations.</summary>
public sealed record JobTerms(IReadOnlyList<string> Skills, IReadOnlyList<string> Abbreviations)
{
    public int Count => Skills.Count + Abbreviations.Count;
}

/// <summary>
/// Finds a job's key terms for keyword coverage: every taxonomy skill the job names (through the shared skill
/// extractor, so aliases resolve: "k8s" in the job matches "Kubernetes" in the resume) and capitalised abbreviations
/// of certifications and standards the taxonomy may not know ("BLS", "GAAP"). Deliberately small: the job-match
/// feature does the fuller requirement-by-requirement reading.
/// </summary>
public sealed partial class JobKeywords(ISkillExtractor skills)
{
    private const int MaxAbbreviations = 15;
    private static readonly FrozenSet<string> Ignored = LoadIgnored();

    public JobTerms Find(string jobDescription)
    {
        // Only what the posting asks for: "we serve logistics customers" or "401K and PTO" are not terms to echo.
        var asked = RequirementExtractor.AskedText(jobDescription);
        var jobSkills = skills.Find(asked).Select(m => m.Skill).ToList();
        var known = jobSkills.SelectMany(s => s.Aliases.Append(s.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var abbreviations = AbbreviationRegex().Matches(asked)
            .Select(m => m.Value)
            .Where(a => !Ignored.Contains(a) && !known.Contains(a) && skills.Resolve(a) is null)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxAbbreviations)
            .ToList();
        return new JobTerms(jobSkills.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList(), abbreviations);
    }

    /// <summary>Which terms the resume has: skills by canonical name, abbreviations as whole words.</summary>
    public static KeywordCoverage Cover(JobTerms job, IReadOnlySet<string> resumeSkills, string resumeText)
    {
        var matched = new List<string>();
        var missing = new List<string>();
        foreach (var skill in job.Skills)
        {
            (resumeSkills.Contains(skill) ? matched : missing).Add(skill);
        }
        foreach (var abbreviation in job.Abbreviations)
        {
            (ContainsWord(resumeText, abbreviation) ? matched : missing).Add(abbreviation);
        }
        return new KeywordCoverage(matched, missing);
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenSet<string> LoadIgnored()
    {
        using var stream = typeof(JobKeywords).Assembly.GetManifestResourceStream("CareerCraft.Ml.Analysis.Data.job-terms.json")
            ?? throw new InvalidOperationException("Embedded resource job-terms.json is missing from the ML service.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("ignoredAbbreviations").EnumerateArray()
            .Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\d&/-])[A-Z][A-Z0-9]{1,5}(?![\p{L}\d&/-])")]
    private static partial Regex AbbreviationRegex();
}
