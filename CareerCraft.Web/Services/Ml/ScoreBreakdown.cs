using System.Globalization;
using System.Text.Json;

namespace CareerCraft.Web.Services.Ml;

/// <summary>One named part of the ATS score: the points it earned out of its maximum, and why it lost the rest.</summary>
public sealed record ScorePart(string Key, string Label, double Points, double Maximum, string? Reason)
{
    public double Fraction => Maximum <= 0 ? 0 : Math.Clamp(Points / Maximum, 0, 1);
}

/// <summary>
/// Reads the analysis' <c>breakdown</c>. The contract fixes that it is a set of named parts with points, maximum
/// and reason; this accepts both shapes a service may reasonably send (an object keyed by part, or an array of
/// parts with a name) and the usual field synonyms, so the page does not break on a cosmetic change.
/// </summary>
public static class ScoreBreakdown
{
    private static readonly string[] PointsNames = ["points", "score", "earned", "value"];
    private static readonly string[] MaximumNames = ["maximum", "max", "maxPoints", "outOf", "weight"];
    private static readonly string[] ReasonNames = ["reason", "explanation", "detail", "details", "message"];
    private static readonly string[] KeyNames = ["key", "name", "id", "part", "category"];
    private static readonly string[] LabelNames = ["label", "title", "displayName"];

    public static IReadOnlyList<ScorePart> Parse(JsonElement breakdown)
    {
        var parts = new List<ScorePart>();
        switch (breakdown.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in breakdown.EnumerateObject())
                {
                    if (Read(property.Name, property.Value) is { } part)
                    {
                        parts.Add(part);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in breakdown.EnumerateArray())
                {
                    var key = item.ValueKind == JsonValueKind.Object ? String(item, KeyNames) : null;
                    if (key is not null && Read(key, item) is { } part)
                    {
                        parts.Add(part);
                    }
                }
                break;
        }
        return parts;
    }

    private static ScorePart? Read(string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            // A bare number is a part without a stated maximum: show it against 100 rather than drop it.
            return new ScorePart(key, Humanize(key), value.GetDouble(), 100, null);
        }
        if (value.ValueKind != JsonValueKind.Object || Number(value, PointsNames) is not { } points)
        {
            return null;
        }
        var maximum = Number(value, MaximumNames) ?? 100;
        return new ScorePart(key, String(value, LabelNames) ?? Humanize(key), points, maximum, String(value, ReasonNames));
    }

    private static double? Number(JsonElement obj, string[] names)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return property.Value.GetDouble();
            }
        }
        return null;
    }

    private static string? String(JsonElement obj, string[] names)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && names.Contains(property.Name, StringComparer.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                return property.Value.GetString();
            }
        }
        return null;
    }

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
