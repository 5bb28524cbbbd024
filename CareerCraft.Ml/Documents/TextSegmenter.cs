using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents;

/// <summary>A line or sentence of a resume or job description, and the heading of the section it sits under.</summary>
public sealed record TextSegment(string Text, string? Section, bool IsHeading);

/// <summary>
/// Cuts free text into the units people write in: lines, bullets (•, -, *, numbers) and sentences, remembering the
/// section heading above each. Profession-neutral: it relies on layout and punctuation, not on vocabulary.
/// </summary>
public static partial class TextSegmenter
{
    private const int MaxHeadingWords = 6;

    public static IReadOnlyList<TextSegment> Split(string text)
    {
        var segments = new List<TextSegment>();
        string? section = null;
        foreach (var rawLine in text.Split('\n'))
        {
            foreach (var item in InlineBullet().Split(rawLine))
            {
                var (line, bulleted) = Clean(item);
                if (line.Length == 0)
                {
                    continue;
                }
                // "- SQL" under Skills is an item, however short and capitalised.
                if (!bulleted && IsHeading(line, out var heading, out var rest))
                {
                    section = heading;
                    segments.Add(new TextSegment(heading, section, IsHeading: true));
                    if (rest.Length == 0)
                    {
                        continue;
                    }
                    line = rest;
                }
                foreach (var sentence in Sentences(line))
                {
                    segments.Add(new TextSegment(sentence, section, IsHeading: false));
                }
            }
        }
        return segments;
    }

    public static int CountWords(string text) => Word().Count(text);

    /// <summary>One line cut into its sentences (a summary paragraph, a bullet with two achievements).</summary>
    public static IEnumerable<string> Sentences(string line) =>
        SentenceBreak().Split(line).Select(s => s.Trim().TrimEnd(';').Trim()).Where(s => s.Length > 0);

    private static (string Text, bool Bulleted) Clean(string line)
    {
        var text = Whitespace().Replace(line, " ").Trim();
        var unbulleted = BulletMarker().Replace(text, string.Empty).Trim();
        return (unbulleted, unbulleted.Length < text.Length);
    }

    /// <summary>
    /// "Requirements", "WHAT YOU'LL BRING:", "Experience" are headings; "Requirements: 5+ years of Go" is a heading
    /// followed by its first item.
    /// </summary>
    private static bool IsHeading(string line, out string heading, out string rest)
    {
        heading = line;
        rest = string.Empty;
        var colon = line.IndexOf(':');
        if (colon > 0)
        {
            var before = line[..colon].Trim();
            var after = line[(colon + 1)..].Trim();
            if (CountWords(before) is > 0 and <= 4 && !before.Any(char.IsDigit) && !after.StartsWith("//", StringComparison.Ordinal))
            {
                heading = before;
                rest = after;
                return true;
            }
            return false;
        }
        var words = CountWords(line);
        if (words == 0 || words > MaxHeadingWords || line.EndsWith('.') || line.Contains(',') || line.Any(char.IsDigit))
        {
            return false;
        }
        // Short lines in capitals, or in title case without sentence punctuation, read as headings.
        var letters = line.Where(char.IsLetter).ToList();
        var upper = letters.Count > 0 && letters.All(char.IsUpper);
        return upper || KnownHeading().IsMatch(line);
    }

    // Bullets written inline: "Led a team • Cut costs by 30%".
    [GeneratedRegex(@"\s[•·▪◦●■►]\s")]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"^(?:[•·▪◦●■►\-–—*>+]+|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s))\s*")]
    private static partial Regex BulletMarker();

    // A sentence ends at . ! ? or ; followed by a capital, digit or opening quote; "e.g. the" and "3.5" stay whole.
    [GeneratedRegex(@"(?<=[a-z0-9)%][.!?;])\s+(?=[A-Z0-9""“(])|(?<=;)\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}+#.'’/-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"^(about( (us|the (role|company|team|job)))?|summary|profile|objective|experience|work experience|employment( history)?|education|skills|technical skills|certifications?|licenses?( and certifications)?|projects|awards|publications|volunteering|languages|interests|responsibilities|duties|requirements|qualifications|(minimum|basic|preferred|required) qualifications|what you('|’)ll (do|bring|need)|what we('|’)re looking for|who you are|nice to have|must have|benefits|perks|what we offer|why join us|compensation|how to apply)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex KnownHeading();
}
