using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// The word lists the analysis reads resumes with (section headings, action verbs, title and organisation words,
/// degrees). They live in embedded JSON files under Documents/Reading/Data so that supporting another profession is a data
/// change, not a code change.
/// </summary>
public sealed class ResumeLexicon
{
    private readonly FrozenDictionary<string, string> _headings;
    private readonly FrozenDictionary<string, string> _headingKeywords;
    private readonly FrozenSet<string> _pastTense;
    private readonly FrozenDictionary<string, string> _irregular;

    private ResumeLexicon(SectionHeadingsFile headings, ActionVerbsFile verbs, EntitiesFile entities, PlacesFile places)
    {
        var byHeading = new Dictionary<string, string>(StringComparer.Ordinal);
        var byKeyword = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, entry) in headings.Kinds)
        {
            if (!SectionKinds.All.Contains(kind))
            {
                throw new InvalidDataException($"section-headings.json names an unknown section kind '{kind}'.");
            }
            foreach (var heading in entry.Headings)
            {
                byHeading.TryAdd(NormalizeHeading(heading), kind);
            }
            foreach (var keyword in entry.Keywords)
            {
                byKeyword.TryAdd(keyword, kind);
            }
        }
        _headings = byHeading.ToFrozenDictionary(StringComparer.Ordinal);
        _headingKeywords = byKeyword.ToFrozenDictionary(StringComparer.Ordinal);
        _pastTense = verbs.PastTense.ToFrozenSet(StringComparer.Ordinal);
        _irregular = verbs.Irregular.ToFrozenDictionary(StringComparer.Ordinal);
        WeakOpeners = verbs.WeakOpeners;
        TitleWords = entities.TitleWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        OrganizationWords = entities.OrganizationSuffixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        InstitutionWords = entities.InstitutionWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        LocationWords = entities.LocationWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var jobAndOrganizationWords = TitleWords.Concat(OrganizationWords).Concat(InstitutionWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Places = new PlaceGazetteer(places.Cities.Concat(LocationWords), places.Regions, jobAndOrganizationWords);
        var abbreviations = entities.DegreeAbbreviations
            .OrderByDescending(a => a.Length)
            .Select(a => Regex.Escape(a.TrimEnd('.')).Replace(@"\.", @"\.?\s?", StringComparison.Ordinal) + @"\.?");
        var patterns = entities.DegreePatterns.Select(p => $"(?i:{p})")
            .Append($@"(?<![\p{{L}}.])(?:{string.Join('|', abbreviations)})(?![\p{{L}}])(?:\s*(?i:in|of)\b[^,;|\n]*|(?:\s+(?!(?:University|College|Institute|School|Academy)\b)\p{{Lu}}[\p{{L}}&]*){{1,4}})?");
        // No match timeout: the pattern is linear (no nested quantifiers) and inputs are capped at 100,000 characters,
        // while a timeout on a busy 2-core host fired during the compiled matcher's first JIT and failed requests.
        Degree = new Regex(string.Join('|', patterns), RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
    }

    public static ResumeLexicon Load()
    {
        var assembly = typeof(ResumeLexicon).Assembly;
        T Read<T>(string file)
        {
            var name = $"CareerCraft.Ml.Documents.Reading.Data.{file}";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the ML service.");
            return JsonSerializer.Deserialize<T>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{file} is empty.");
        }
        return new ResumeLexicon(
            Read<SectionHeadingsFile>("section-headings.json"),
            Read<ActionVerbsFile>("action-verbs.json"),
            Read<EntitiesFile>("entities.json"),
            Read<PlacesFile>("places.v1.json"));
    }

    public IReadOnlyList<string> WeakOpeners { get; }

    /// <summary>Cities, regions and countries (GeoNames-derived; see tools/places).</summary>
    public PlaceGazetteer Places { get; }

    public FrozenSet<string> TitleWords { get; }

    public FrozenSet<string> OrganizationWords { get; }

    public FrozenSet<string> InstitutionWords { get; }

    public FrozenSet<string> LocationWords { get; }

    /// <summary>Degrees of any field and country ("Bachelor of Science in Nursing", "B.Tech", "MBA", "Diploma in ...").</summary>
    public Regex Degree { get; }

    /// <summary>The section kind of a whole heading, or null when the text is not one we know.</summary>
    public string? HeadingKind(string heading) =>
        _headings.TryGetValue(NormalizeHeading(heading), out var kind) ? kind : null;

    /// <summary>The kind named by a heading keyword such as "experience" in "Clinical Experience".</summary>
    public string? KeywordKind(string lowerWord) =>
        _headingKeywords.TryGetValue(lowerWord, out var kind) ? kind : null;

    /// <summary>
    /// Whether a word opens a bullet as an action verb: past tense from the list, or a present form derived by
    /// regular morphology ("Manage"/"Manages" → managed, "Plan" → planned, "Identify" → identified, "Lead" → led).
    /// </summary>
    public bool IsActionVerb(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 2)
        {
            return false;
        }
        if (_pastTense.Contains(w) || (_irregular.TryGetValue(w, out var past) && _pastTense.Contains(past)))
        {
            return true;
        }
        foreach (var stem in PresentStems(w))
        {
            if (_irregular.TryGetValue(stem, out var irregularPast) && _pastTense.Contains(irregularPast))
            {
                return true;
            }
            if (_pastTense.Contains(stem + "ed") || _pastTense.Contains(stem + "d")
                || _pastTense.Contains(stem + stem[^1] + "ed")
                || (stem.EndsWith('y') && _pastTense.Contains(stem[..^1] + "ied")))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> PresentStems(string w)
    {
        yield return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            yield return w[..^3] + "y";
        }
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 3)
        {
            yield return w[..^2];
        }
        if (w.EndsWith('s') && w.Length > 2)
        {
            yield return w[..^1];
        }
    }

    /// <summary>Lower case, no colons or decorations, "&amp;" as "and", single spaces.</summary>
    public static string NormalizeHeading(string heading)
    {
        var chars = new System.Text.StringBuilder(heading.Length);
        var space = false;
        foreach (var c in heading.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetter(c) || c == '\'')
            {
                if (space && chars.Length > 0)
                {
                    chars.Append(' ');
                }
                chars.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return chars.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record SectionHeadingsFile(Dictionary<string, HeadingEntry> Kinds);

    private sealed record HeadingEntry(string[] Headings, string[] Keywords);

    private sealed record ActionVerbsFile(string[] PastTense, Dictionary<string, string> Irregular, string[] WeakOpeners);

    private sealed record PlacesFile(string[] Cities, string[] Regions);

    private sealed record EntitiesFile(
        string[] TitleWords,
        string[] OrganizationSuffixes,
        string[] InstitutionWords,
        string[] LocationWords,
        string[] DegreePatterns,
        string[] DegreeAbbreviations);
}
