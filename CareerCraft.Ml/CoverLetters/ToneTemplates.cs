using System.Text.Json;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>The sentence templates of one tone (Data/tones.json).</summary>
public sealed record ToneTemplate(
    string Greeting,
    string OpeningWithRole,
    string OpeningWithTitleOnly,
    string OpeningWithoutRole,
    string AchievementsLead,
    string AchievementAt,
    string AchievementAgain,
    string AchievementPlain,
    string MatchedSkills,
    string OtherSkills,
    string DegreeFrom,
    string DegreeOnly,
    string InstitutionOnly,
    string ClosingParagraph,
    string Closing,
    string SignOff);

/// <summary>Loads the tone templates once from the embedded data file.</summary>
public sealed class ToneTemplates
{
    private readonly Dictionary<string, ToneTemplate> _tones;

    private ToneTemplates(Dictionary<string, ToneTemplate> tones)
    {
        foreach (var tone in Tones.All)
        {
            if (!tones.ContainsKey(tone))
            {
                throw new InvalidDataException($"tones.json has no '{tone}' tone.");
            }
        }
        _tones = tones;
    }

    public ToneTemplate this[string tone] => _tones[tone];

    public static ToneTemplates Load()
    {
        using var stream = typeof(ToneTemplates).Assembly.GetManifestResourceStream("CareerCraft.Ml.CoverLetters.Data.tones.json")
            ?? throw new InvalidOperationException("Embedded resource tones.json is missing from the ML service.");
        var file = JsonSerializer.Deserialize<TonesFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("tones.json is empty.");
        return new ToneTemplates(file.Tones);
    }

    private sealed record TonesFile(Dictionary<string, ToneTemplate> Tones);
}
