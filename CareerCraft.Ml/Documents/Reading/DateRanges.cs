using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>A span of employment or study as written in a resume, normalised to "yyyy-MM" or "yyyy".</summary>
/// <param name="Start">"2019-01", "2019" or null when only an end is known.</param>
/// <param name="End">"2021-06", "2021", "Present", or null for a single date.</param>
/// <param name="Index">Where the dates start in the line.</param>
/// <param name="Length">How many characters they take.</param>
public sealed record DateRange(string? Start, string? End, int Index, int Length);

/// <summary>
/// Finds date ranges such as "June 2018 - Present", "01/2019 – 03/2021", "2016-2018", "Jan '19 to Till Date",
/// "Summer 2020" in any of the usual spellings.
/// </summary>
public static partial class DateRanges
{
    public const string Present = "Present";

    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\.?";

    private const string Date =
        @"(?:" + Month + @"\s*,?\s*(?:'\d{2}\b|(?:19|20)\d{2}\b)|(?<!\d)(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}[/.\-](?:0[1-9]|1[0-2])\b|\b(?:19|20)\d{2}\b)";

    private const string Now =
        @"(?:present|current(?:ly)?|now|today|ongoing|till\s+date|to\s+date|till\s+now|date)\b";

    private const string Separator = @"\s*(?:-|–|—|~|to|until|till|through|thru)\s*";

    [GeneratedRegex(@"(?<start>" + Date + @")(?:" + Separator + @"(?:(?<end>" + Date + @")|(?<now>" + Now + @")))?|\bsince\s+(?<since>" + Date + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})|'(?<yy>\d{2})")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s?[/.\-]\s?(?<y>\d{4})$|^(?<y>\d{4})[/.\-](?<m>\d{2})$")]
    private static partial Regex NumericRegex();

    /// <summary>All dates in a line; a range when two dates (or a date and "present") are joined by a dash or "to".</summary>
    public static IReadOnlyList<DateRange> Find(string line)
    {
        // Every date has a digit (a year or mm/yyyy): most lines have none and skip the large case-insensitive pattern.
        if (!line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return [];
        }
        var found = new List<DateRange>();
        foreach (Match m in RangeRegex().Matches(line))
        {
            if (m.Groups["since"].Success)
            {
                found.Add(new DateRange(Normalize(m.Groups["since"].Value), Present, m.Index, m.Length));
                continue;
            }
            var start = Normalize(m.Groups["start"].Value);
            var end = m.Groups["end"].Success ? Normalize(m.Groups["end"].Value) : m.Groups["now"].Success ? Present : null;
            found.Add(new DateRange(start, end, m.Index, m.Length));
        }
        return found;
    }

    /// <summary>The first real range (two ends) in a line, or a single date when <paramref name="allowSingle"/>.</summary>
    public static DateRange? FindRange(string line, bool allowSingle = false)
    {
        DateRange? single = null;
        foreach (var range in Find(line))
        {
            if (range.End is not null)
            {
                return range;
            }
            single ??= range;
        }
        return allowSingle ? single : null;
    }

    /// <summary>The year a line names last (the graduation year of "2015 - 2019"), or null.</summary>
    public static string? LastYear(string line)
    {
        string? year = null;
        foreach (var range in Find(line))
        {
            var value = range.End is { } end && end != Present ? end : range.Start;
            if (value is not null)
            {
                year = value[..4];
            }
        }
        return year;
    }

    private static string? Normalize(string text)
    {
        var t = text.Trim();
        var numeric = NumericRegex().Match(t.Replace(" ", "", StringComparison.Ordinal));
        if (numeric.Success)
        {
            return $"{numeric.Groups["y"].Value}-{int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture):00}";
        }
        var yearMatch = YearRegex().Match(t);
        if (!yearMatch.Success)
        {
            return null;
        }
        var year = yearMatch.Groups["y"].Success
            ? yearMatch.Groups["y"].Value
            : (int.Parse(yearMatch.Groups["yy"].Value, CultureInfo.InvariantCulture) is var yy && yy > 50 ? "19" : "20") + yearMatch.Groups["yy"].Value;
        var month = MonthNumber(t);
        return month is null ? year : $"{year}-{month:00}";
    }

    private static int? MonthNumber(string text)
    {
        if (text.Length < 3 || !char.IsLetter(text[0]))
        {
            return null;
        }
        var prefix = text[..3].ToLowerInvariant();
        var index = Array.IndexOf(MonthPrefixes, prefix);
        return index >= 0 ? index + 1 : null;
    }

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
}
