namespace CareerCraft.Ml.Skills;

/// <summary>A skill of the taxonomy: its canonical name, its category and the other ways people write it.</summary>
public sealed record Skill(string Name, string Category, IReadOnlyList<string> Aliases);

/// <summary>Where a skill was found in a text, and as which written form.</summary>
public sealed record SkillMention(Skill Skill, string MatchedText, int Index);

/// <summary>
/// Finds the taxonomy's skills in free text (resume or job description) on word boundaries, resolving aliases
/// ("k8s" is Kubernetes) and refusing ambiguous short names outside skill contexts ("Go" the language, not "go to").
/// </summary>
public interface ISkillExtractor
{
    /// <summary>Each skill once (its first mention), in order of first appearance.</summary>
    IReadOnlyList<SkillMention> Find(string text);

    /// <summary>The canonical skill for a name or alias, or null when the taxonomy does not know it.</summary>
    Skill? Resolve(string nameOrAlias);

    /// <summary>Every skill of the taxonomy, in the data file's order.</summary>
    IReadOnlyList<Skill> Skills { get; }
}
