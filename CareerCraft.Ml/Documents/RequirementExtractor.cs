using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents;

/// <summary>What a posting asks of the candidate: its requirement lines, and the text its skills are read from.</summary>
public sealed record JobAsks(IReadOnlyList<string> Requirements, string Text);

/// <summary>
/// Picks the lines of a job description that ask something of the candidate: bullets and sentences, minus the
/// sections that describe the employer (about us, benefits, how to apply, equal-opportunity statements).
/// </summary>
public static partial class RequirementExtractor
{
    public const int MaxRequirements = 40;
    private const int MinWords = 3;
    private const int MaxWords = 80;
    private const int MaxTitleWords = 8;

    public static IReadOnlyList<string> Extract(string jobDescription) => Read(jobDescription).Requirements;

    /// <summary>
    /// The part of a posting that asks something of the candidate, short lines included ("- SQL" under "Skills"):
    /// where its skills are looked for, by job matching, keyword coverage and cover letters alike. A posting with
    /// nothing recognisable as an ask is taken whole.
    /// </summary>
    public static string AskedText(string jobDescription) => Read(jobDescription).Text;

    /// <summary>Requirements and asked text from one reading of the posting.</summary>
    public static JobAsks Read(string jobDescription)
    {
        var asked = AskedLines(jobDescription).ToList();
        return new JobAsks(Requirements(asked), asked.Count > 0 ? string.Join('\n', asked) : jobDescription);
    }

    private static List<string> Requirements(IEnumerable<string> askedLines)
    {
        var requirements = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in askedLines)
        {
            var words = TextSegmenter.CountWords(line);
            if (words < MinWords || words > MaxWords || !seen.Add(line))
            {
                continue;
            }
            requirements.Add(line);
            if (requirements.Count == MaxRequirements)
            {
                break;
            }
        }
        return requirements;
    }

    private static IEnumerable<string> AskedLines(string jobDescription)
    {
        var segments = TextSegmenter.Split(jobDescription);
        // When the posting names where its asks are ("Requirements", "Qualifications", "What you'll do"), the prose
        // before its first heading is the pitch ("We build apps for logistics customers"), not something to prove.
        var hasAskSections = segments.Any(s => !s.IsHeading && s.Section is { } heading && AskSection().IsMatch(heading));
        var first = true;
        foreach (var segment in segments)
        {
            // A posting usually opens with the job title ("Senior Backend Engineer"): a name, not a requirement.
            var isTitle = first && IsTitle(segment.Text);
            first = false;
            if (isTitle || segment.IsHeading || (hasAskSections && segment.Section is null)
                || (segment.Section is { } section && EmployerSection().IsMatch(section))
                || Boilerplate().IsMatch(segment.Text))
            {
                continue;
            }
            yield return segment.Text;
        }
    }

    // "Senior Backend Engineer", "Registered Nurse - Intensive Care Unit": short, no full stop, words capitalised.
    private static bool IsTitle(string text) =>
        TextSegmenter.CountWords(text) <= MaxTitleWords
        && !text.EndsWith('.')
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 3 && char.IsLetter(word[0]))
            .All(word => char.IsUpper(word[0]));

    [GeneratedRegex(
        @"\b(requirements?|qualifications?|what you('ll| will)? (need|bring|do|have)|must[- ]haves?|nice to haves?|preferred|skills|experience|responsibilities|duties|the role|your role|you have|you are)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AskSection();

    [GeneratedRegex(
        @"\b(about (us|the company|our company)|who we are|our (story|mission|values|culture)|benefits|perks|what we offer|why (join|work)|compensation|salary|pay range|equal (opportunity|employment)|how to apply|application process|diversity)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EmployerSection();

    [GeneratedRegex(
        @"\b(equal opportunity employer|apply (now|today|online)|regardless of (race|gender|age)|reasonable accommodation|click here|https?://|www\.)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
