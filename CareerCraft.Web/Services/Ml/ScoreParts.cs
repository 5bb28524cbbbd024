using System.Globalization;

namespace CareerCraft.Web.Services.Ml;

/// <summary>One named part of the ATS score: the points it earned out of its maximum, and why it lost the rest.</summary>
public sealed record ScoreBar(string Key, string Label, double Points, double Maximum, string? Reason)
{
    public double Fraction => Maximum <= 0 ? 0 : Math.Clamp(Points / Maximum, 0, 1);
}

/// <summary>The analysis' score parts as the page shows them: labelled, in the contract's order, keywords last.</summary>
public static class ScoreParts
{
    public static IReadOnlyList<ScoreBar> Of(ScoreBreakdown breakdown)
    {
        List<ScoreBar> parts =
        [
            Bar("contact", "Contact", breakdown.Contact),
            Bar("sections", "Sections", breakdown.Sections),
            Bar("skills", "Skills", breakdown.Skills),
            Bar("impact", "Impact", breakdown.Impact),
            Bar("readability", "Readability", breakdown.Readability),
            Bar("parseability", "Parseability", breakdown.Parseability),
        ];
        if (breakdown.Keywords is { } keywords)
        {
            parts.Add(Bar("keywords", "Keywords", keywords));
        }
        return parts;
    }

    private static ScoreBar Bar(string key, string label, ScorePart part) => new(key, label, part.Points, part.Max, part.Reason);

    /// <summary>"contactCompleteness" or "contact_completeness" → "Contact completeness".</summary>
    public static string Humanize(string key)
    {
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '_' or '-')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }
        return words.ToString();
    }

    public static string Format(double value) =>
        Math.Round(value, 1).ToString(value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);
}
