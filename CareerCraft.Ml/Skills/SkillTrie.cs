namespace CareerCraft.Ml.Skills;

/// <summary>One written form of a skill (its name or an alias) with the rules that govern matching it.</summary>
/// <param name="Skill">The skill this form stands for.</param>
/// <param name="Text">The form as written in the data.</param>
/// <param name="Tokens">The form's tokens as written, for the exact-case comparison.</param>
/// <param name="ExactCase">Matches only as written ("Excel", not "excel": "excel at").</param>
/// <param name="NeedsContext">Also exact-case, and accepted only in a skill context (see <see cref="SkillContext"/>).</param>
internal sealed record SkillForm(Skill Skill, string Text, string[] Tokens, bool ExactCase, bool NeedsContext);

/// <summary>
/// A trie over case-insensitive tokens: each path from the root spells a form, so a text is scanned once and, at each
/// token, the longest form starting there is found by walking down while the next token matches.
/// </summary>
internal sealed class SkillTrieNode
{
    private Dictionary<string, SkillTrieNode>? children;
    private Dictionary<string, SkillTrieNode>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>
    /// Whether this token is written glued to the previous one. It only matters next to a symbol: "C#" must not match
    /// "C #", ".NET" must not match "end. NET", while between two words any space or hyphen will do.
    /// </summary>
    public bool GlueBefore { get; private init; }

    public bool GlueMatters { get; private init; }

    public SkillForm? Form { get; set; }

    public SkillTrieNode? Next(ReadOnlySpan<char> token) =>
        children is not null && lookup.TryGetValue(token, out var child) ? child : null;

    /// <summary>Adds the child for a token, or returns the existing one; null when the existing one disagrees on glue.</summary>
    public SkillTrieNode? GetOrAdd(string token, bool glueMatters, bool glued)
    {
        children ??= new Dictionary<string, SkillTrieNode>(StringComparer.OrdinalIgnoreCase);
        if (children.TryGetValue(token, out var existing))
        {
            return !glueMatters || existing.GlueBefore == glued ? existing : null;
        }
        var node = new SkillTrieNode { GlueBefore = glued, GlueMatters = glueMatters };
        children.Add(token, node);
        return node;
    }

    /// <summary>Prepares span lookups (no string per text token) once the trie is complete.</summary>
    public void Freeze()
    {
        if (children is null)
        {
            return;
        }
        children.TrimExcess();
        lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var child in children.Values)
        {
            child.Freeze();
        }
    }
}
