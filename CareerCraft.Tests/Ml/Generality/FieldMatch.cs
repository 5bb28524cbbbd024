using System.Globalization;
using System.Text;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// The evaluation's matching rules, kept in one place so they are easy to read and to keep fair (docs/generality.md):
/// strings compare after folding case, accents, punctuation and spacing; phones by their digits; dates exactly at the
/// precision the document shows.
/// </summary>
public static class FieldMatch
{
    /// <summary>"Zoë  Ångström-Hale," → "zoe angstrom hale": lower case, no accents, punctuation as spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var folded = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                folded.Append(' ');
                space = true;
            }
        }
        return folded.ToString().TrimEnd();
    }

    public static bool SameText(string? expected, string? got) => got is not null && Fold(expected) == Fold(got) && Fold(got).Length > 0;

    public static bool SameEmail(string expected, string? got) => string.Equals(expected, got?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Phones are equal when their digits are: "+1 (415) 555-0101" is "+1 415 555 0101".</summary>
    public static bool SamePhone(string expected, string? got) => got is not null && Digits(expected) == Digits(got);

    /// <summary>The whole "Zürich, Switzerland", or the city alone ("Zürich").</summary>
    public static bool SameLocation(string expected, string? got) =>
        SameText(expected, got) || SameText(expected.Split(',')[0], got);

    /// <summary>"2020-01" = "2020-01", "2018" = "2018", "Present" = "present"; "2020" is not "2020-01".</summary>
    public static bool SameDate(string expected, string? got) => string.Equals(expected, got?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a reported skill's name is in the document's words (so it is not made up).</summary>
    public static bool InText(string foldedText, string? name) => Fold(name) is { Length: > 0 } folded && $" {foldedText} ".Contains($" {folded} ", StringComparison.Ordinal);

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}
