using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerCraft.Ml.Skills;

/// <summary>The shape of <c>skills-taxonomy.v1.json</c>; unknown members are errors so that typos do not pass silently.</summary>
internal sealed record TaxonomyDocument(
    int Version,
    string Description,
    Dictionary<string, string> Categories,
    List<SkillEntry> Skills);

/// <summary>One skill as written in the data file; see <see cref="SkillForm"/> for what the flags mean.</summary>
internal sealed record SkillEntry(
    string Name,
    string Category,
    List<string>? Aliases = null,
    List<string>? ExactCase = null,
    List<string>? NeedsContext = null);

// Source-generated: no reflection at start-up, and the service stays trimming and AOT friendly.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TaxonomyDocument))]
internal sealed partial class SkillTaxonomyJsonContext : JsonSerializerContext;
