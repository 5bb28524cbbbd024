using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Matching;

/// <summary>
/// Picks the lines of a job description that ask something of the candidate: bullets and sentences, minus the
/// sections that describe the employer (about us, benefits, how to apply, equal-opportunity statements).
/// </summary>
public static partial class RequirementExtractor
{
    public const int MaxRequirements = 40;
    private const int MinWords = 3;
    private const int MaxWords = 80;

    public static IReadOnlyList<string> Extract(string jobDescription)
    {
        var requirements = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in TextSegmenter.Split(jobDescription))
        {
            if (segment.IsHeading || (segment.Section is { } section && EmployerSection().IsMatch(section)))
            {
                continue;
            }
            var words = TextSegmenter.CountWords(segment.Text);
            if (words < MinWords || words > MaxWords || Boilerplate().IsMatch(segment.Text) || !seen.Add(segment.Text))
            {
                continue;
            }
            requirements.Add(segment.Text);
            if (requirements.Count == MaxRequirements)
            {
                break;
            }
        }
        return requirements;
    }

    [GeneratedRegex(
        @"\b(about (us|the company|our company)|who we are|our (story|mission|values|culture)|benefits|perks|what we offer|why (join|work)|compensation|salary|pay range|equal (opportunity|employment)|how to apply|application process|diversity)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EmployerSection();

    [GeneratedRegex(
        @"\b(equal opportunity employer|apply (now|today|online)|regardless of (race|gender|age)|reasonable accommodation|click here|https?://|www\.)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
