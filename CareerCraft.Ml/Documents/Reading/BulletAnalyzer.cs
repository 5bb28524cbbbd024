using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>Tells whether a bullet opens with an action verb and whether it states a measurable result.</summary>
public sealed partial class BulletAnalyzer(ResumeLexicon lexicon)
{
    /// <summary>Whether the bullet opens with an action verb, also after a short label ("Clinic finder: designed ...").</summary>
    public bool StartsWithActionVerb(string bullet)
    {
        if (lexicon.IsActionVerb(TextTools.FirstWord(bullet)))
        {
            return true;
        }
        var colon = bullet.IndexOf(':');
        return colon > 0 && TextTools.CountWords(bullet[..colon]) <= 5 && lexicon.IsActionVerb(TextTools.FirstWord(bullet[(colon + 1)..]));
    }

    /// <summary>The duty phrase a bullet opens with ("Responsible for"), or null.</summary>
    public string? WeakOpener(string bullet) =>
        lexicon.WeakOpeners.FirstOrDefault(w => bullet.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A measurable result: a percentage, an amount of money, a multiplier, a count ("12 nurses", "3 schools"),
    /// or a word such as "doubled". Years ("2019"), versions ("HTML5", "v2") and ordinals in names do not count.
    /// </summary>
    public static bool IsMeasurable(string bullet)
    {
        if (MetricWordRegex().IsMatch(bullet) || MoneyOrPercentRegex().IsMatch(bullet))
        {
            return true;
        }
        foreach (Match m in NumberRegex().Matches(bullet))
        {
            var value = m.Value.Replace(",", "", StringComparison.Ordinal);
            if (value.Length == 4 && value[0] is '1' or '2' && int.TryParse(value, out var year) && year is >= 1950 and <= 2039)
            {
                continue;
            }
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"[$€£¥₹]\s?\d|\d\s?(?:%|percent\b|x\b|k\b|m\b|bn\b|million\b|billion\b|thousand\b|lakh\b|crore\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyOrPercentRegex();

    [GeneratedRegex(@"\b(?:doubled|tripled|quadrupled|halved|tenfold|two-fold|twofold|threefold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetricWordRegex();

    // A standalone number: not glued to letters ("HTML5", "S3", "v2") and not a version ("2.0.1").
    [GeneratedRegex(@"(?<![\p{L}\d.#+\-/])\d{1,3}(?:,\d{3})+(?![\p{L}\d])|(?<![\p{L}\d.#+\-/])\d+(?:\.\d+)?(?![\p{L}\d]|\.\d)")]
    private static partial Regex NumberRegex();
}
