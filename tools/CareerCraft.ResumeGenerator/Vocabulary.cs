using System.Reflection;
using System.Text.Json;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>The generator's words (Data/*.json, embedded), loaded once.</summary>
public sealed class Vocabulary
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static Vocabulary Shared { get; } = Load();

    public required IReadOnlyList<Profession> Professions { get; init; }

    public required IReadOnlyDictionary<string, string[]> PhoneFormats { get; init; }

    public required Pool Fit { get; init; }

    public required Pool HeldOut { get; init; }

    public Pool For(SetHalf half) => half == SetHalf.Fit ? Fit : HeldOut;

    private static Vocabulary Load()
    {
        var professions = Read<ProfessionsFile>("professions.json");
        var pools = Read<PoolsFile>("pools.json");
        return new Vocabulary
        {
            Professions = professions.Professions,
            PhoneFormats = pools.PhoneFormats,
            Fit = pools.Halves["fit"],
            HeldOut = pools.Halves["heldOut"],
        };
    }

    private static T Read<T>(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{resource} is empty.");
    }

    private sealed record ProfessionsFile(Profession[] Professions);

    private sealed record PoolsFile(Dictionary<string, string[]> PhoneFormats, Dictionary<string, Pool> Halves);
}

/// <summary>One profession's titles (junior first), skills, bullets and the rest (see Data/professions.json).</summary>
public sealed record Profession(
    string Id,
    string Field,
    string[] Titles,
    string[] Taglines,
    string[] Skills,
    string[] Bullets,
    string[] Duties,
    string[] Degrees,
    string[] Certifications,
    string[] Summaries);

/// <summary>One half's people, places, schools and employers per profession.</summary>
public sealed record Pool(string[] FirstNames, string[] LastNames, City[] Cities, string[] Schools, Dictionary<string, string[]> Employers);

/// <param name="Location">As a resume writes it: "Zürich, Switzerland", "Austin, TX".</param>
/// <param name="Country">Key into the phone formats.</param>
public sealed record City(string Location, string Country)
{
    /// <summary>The city alone ("Zürich").</summary>
    public string Name => Location.Split(',')[0].Trim();
}
