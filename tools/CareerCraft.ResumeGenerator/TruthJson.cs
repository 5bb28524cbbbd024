using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>The truth file written next to each generated document ("*.truth.json"), readable by a person.</summary>
public static class TruthJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        // "Zürich", not "Z\u00FCrich": the files are for people to read too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ResumeTruth truth) => JsonSerializer.Serialize(truth, Options);

    public static ResumeTruth Read(string json) =>
        JsonSerializer.Deserialize<ResumeTruth>(json, Options) ?? throw new JsonException("Empty truth file.");
}
