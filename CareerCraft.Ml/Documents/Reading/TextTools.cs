using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>Small text helpers shared by the parsers and the scorer.</summary>
public static partial class TextTools
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                }
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
        }
        return count;
    }

    /// <summary>The first word of a text, letters only ("Led," → "Led").</summary>
    public static string FirstWord(string text)
    {
        var match = FirstWordRegex().Match(text);
        return match.Success ? match.Value : "";
    }

    /// <summary>A short quotation of a text for feedback messages.</summary>
    public static string Quote(string text, int maxLength = 70)
    {
        var t = WhitespaceRegex().Replace(text.Trim(), " ");
        if (t.Length > maxLength)
        {
            var cut = t.LastIndexOf(' ', maxLength);
            t = t[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', ' ') + "…";
        }
        return $"'{t}'";
    }

    /// <summary>"A, B and C" for feedback messages; longer lists end with "and N more".</summary>
    public static string JoinNatural(IReadOnlyList<string> items, int max = 5)
    {
        if (items.Count == 0)
        {
            return "";
        }
        if (items.Count > max)
        {
            return string.Join(", ", items.Take(max)) + $" and {items.Count - max} more";
        }
        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }

    /// <summary>Whether a line is written in title case or capitals, as headings and entry headers are.</summary>
    public static bool IsTitleLike(string text)
    {
        var words = WordRegex().Matches(text);
        if (words.Count == 0)
        {
            return false;
        }
        foreach (Match word in words)
        {
            var w = word.Value;
            if (char.IsLower(w[0]) && !SmallWords.Contains(w))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }
        return letters > 1;
    }

    public static string ToTitleCase(string text) =>
        WordRegex().Replace(text.ToLowerInvariant(), m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "de", "la", "del", "van", "von",
    };

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex FirstWordRegex();

    [GeneratedRegex(@"\p{L}[\p{L}'’.\-]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
