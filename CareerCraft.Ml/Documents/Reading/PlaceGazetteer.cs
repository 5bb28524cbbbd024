using System.Collections.Frozen;
using System.Globalization;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Places by name (Data/places.v1.json, derived from GeoNames: tools/places/README.md; countries from .NET's region
/// data): so that a city is read as a place, never as an employer, and a city set after a job title or an employer
/// ("Charge Nurse    Reykjavík") is taken off it. Words that also name organisations or jobs ("Union") never count.
/// </summary>
public sealed class PlaceGazetteer
{
    private const int MaxPlaceWords = 3;

    private readonly FrozenSet<string> _places;
    private readonly IReadOnlySet<string> _notPlaces;

    public PlaceGazetteer(IEnumerable<string> cities, IEnumerable<string> regions, IReadOnlySet<string> notPlaces)
    {
        _notPlaces = notPlaces;
        var countries = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>()
            .SelectMany(r => new[] { r.EnglishName, r.NativeName })
            .Concat(["USA", "UK", "UAE"]);
        _places = cities.Concat(regions).Concat(countries)
            .Where(p => !notPlaces.Contains(p))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The field is one place, or "place, place" ("Bogotá, Colombia", "Austin, Texas").</summary>
    public bool IsPlace(string field)
    {
        var parts = field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 1 or 2 && parts.All(p => _places.Contains(p) || IsStateCode(p) && parts.Length == 2 && p == parts[1]);
    }

    /// <summary>
    /// The field without a place at its end ("Clinical Nurse Educator Reykjavík" → "Clinical Nurse Educator"), or the
    /// field itself. Nothing is taken after "of", "in", "at", "de" ("University of Toronto" keeps its city).
    /// </summary>
    public string WithoutTrailingPlace(string field)
    {
        var commaPlace = field.LastIndexOf(',');
        if (commaPlace > 0 && IsPlace(field[(commaPlace + 1)..]))
        {
            // "Halvard Robotics Utrecht, Netherlands": the city before the country goes too.
            var before = field[..commaPlace].TrimEnd();
            return before.Length == 0 ? field : CutTrailingPlace(before) ?? before;
        }
        return CutTrailingPlace(field) ?? field;
    }

    private string? CutTrailingPlace(string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(MaxPlaceWords, words.Length - 1); count >= 1; count--)
        {
            var place = string.Join(' ', words[^count..]);
            var keep = words[..^count];
            if (_places.Contains(place) && char.IsUpper(place[0]) && !Connectors.Contains(keep[^1]))
            {
                return string.Join(' ', keep).TrimEnd(',', '-', '–', '—', '|', ' ');
            }
        }
        return null;
    }

    private static bool IsStateCode(string text) => text.Length == 2 && text.All(char.IsAsciiLetterUpper);

    private static readonly FrozenSet<string> Connectors = new[] { "of", "in", "at", "de", "del", "la", "for", "and", "&", "the", "on" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
