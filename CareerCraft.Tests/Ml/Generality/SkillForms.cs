using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// The ways each skill is written, from the ML service's own taxonomy: the service reports a skill by its canonical
/// name ("AWS" comes back as "Amazon Web Services"), which is a right answer, so the evaluation accepts any written
/// form of the reported skill.
/// </summary>
public static class SkillForms
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Forms = new(Load);

    /// <summary>The folded forms of a reported skill: its name and, when the taxonomy knows it, every alias.</summary>
    public static IReadOnlySet<string> Of(string reported) =>
        Forms.Value.TryGetValue(FieldMatch.Fold(reported), out var forms) ? forms : new HashSet<string> { FieldMatch.Fold(reported) };

    private static Dictionary<string, HashSet<string>> Load()
    {
        var path = Path.Combine(RepositoryRoot.Path, "CareerCraft.Ml", "Skills", "Data", "skills-taxonomy.v1.json");
        using var taxonomy = JsonDocument.Parse(File.ReadAllText(path));
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var skill in taxonomy.RootElement.GetProperty("skills").EnumerateArray())
        {
            var name = FieldMatch.Fold(skill.GetProperty("name").GetString());
            var all = forms.TryGetValue(name, out var known) ? known : forms[name] = [name];
            foreach (var list in new[] { "aliases", "exactCase", "needsContext" })
            {
                if (skill.TryGetProperty(list, out var values))
                {
                    all.UnionWith(values.EnumerateArray().Select(v => FieldMatch.Fold(v.GetString())));
                }
            }
        }
        return forms;
    }
}
