using System.Globalization;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>A month of a year; roles are dated to the month even when a style shows only the year.</summary>
public readonly record struct YearMonth(int Year, int Month)
{
    public YearMonth AddMonths(int months)
    {
        var index = Year * 12 + (Month - 1) + months;
        return new YearMonth(index / 12, index % 12 + 1);
    }
}

/// <summary>Writes a date range in one of the styles people use, and the truth it stands for.</summary>
public static class DateText
{
    public const string Present = "Present";

    private static readonly string[] Short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // "Sept. 2017": the dotted abbreviations of American style guides.
    private static readonly string[] Dotted = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] NowWords = ["Present", "Current", "present", "Now"];

    /// <summary>The text of the range, and its start and end as the truth records them.</summary>
    public static (string Text, string Start, string End) Range(YearMonth start, YearMonth? end, DateStyle style, Random random)
    {
        var now = NowWords[random.Next(NowWords.Length)];
        var text = style switch
        {
            DateStyle.MonthYear => $"{MonthYear(start)}{Pick(random, " – ", " - ", " — ")}{(end is { } e ? MonthYear(e) : now)}",
            DateStyle.Numeric => $"{Numeric(start)}{Pick(random, " - ", " – ")}{(end is { } e ? Numeric(e) : now)}",
            DateStyle.YearOnly => $"{start.Year}{Pick(random, "–", " – ", " - ")}{(end is { } e ? e.Year.ToString(CultureInfo.InvariantCulture) : now)}",
            DateStyle.SpelledTo => $"{Spelled(start, random)} to {(end is { } e ? Spelled(e, random) : now)}",
            _ => $"{Full(start)}{Pick(random, " - ", " – ")}{(end is { } e ? Full(e) : now)}",
        };
        var yearOnly = style == DateStyle.YearOnly;
        return (text, Truth(start, yearOnly), end is { } last ? Truth(last, yearOnly) : Present);
    }

    /// <summary>A graduation shown as "2016" or as "2012 – 2016"; the truth is the last year either way.</summary>
    public static string Graduation(int year, bool showRange, Random random) =>
        showRange ? $"{year - 4}{Pick(random, " – ", " - ", "–")}{year}" : year.ToString(CultureInfo.InvariantCulture);

    private static string Truth(YearMonth date, bool yearOnly) =>
        yearOnly ? date.Year.ToString(CultureInfo.InvariantCulture) : $"{date.Year:D4}-{date.Month:D2}";

    private static string MonthYear(YearMonth d) => $"{Short[d.Month - 1]} {d.Year}";

    private static string Numeric(YearMonth d) => $"{d.Month:D2}/{d.Year}";

    private static string Full(YearMonth d) =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {d.Year}";

    private static string Spelled(YearMonth d, Random random) =>
        $"{(random.Next(2) == 0 ? Dotted : Short)[d.Month - 1]} {d.Year}";

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
