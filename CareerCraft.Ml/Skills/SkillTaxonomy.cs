using System.Text.Json;

namespace CareerCraft.Ml.Skills;

/// <summary>The skills data file was unreadable or broke one of the taxonomy's rules; the message lists every problem.</summary>
public sealed class SkillTaxonomyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The skills taxonomy, loaded from the versioned data file <c>Skills/Data/skills-taxonomy.v1.json</c> (embedded in
/// the assembly) and validated as a whole: every rule broken is reported at once, so a bad edit to the data stops
/// the service at start-up with a message that says what to fix.
/// </summary>
public sealed class SkillTaxonomy
{
    public const int CurrentVersion = 1;
    public const string ResourceName = "CareerCraft.Ml.Skills.skills-taxonomy.v1.json";

    private const int MaxTokensPerForm = 8;
    private const int MaxReportedErrors = 25;

    private SkillTaxonomy(int version, IReadOnlyList<Skill> skills, SkillTrieNode root)
    {
        Version = version;
        Skills = skills;
        Root = root;
    }

    public int Version { get; }

    public IReadOnlyList<Skill> Skills { get; }

    internal SkillTrieNode Root { get; }

    /// <summary>Loads the taxonomy shipped with the service.</summary>
    public static SkillTaxonomy LoadEmbedded()
    {
        using var stream = typeof(SkillTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new SkillTaxonomyException(
                $"The skills taxonomy resource '{ResourceName}' is missing from {typeof(SkillTaxonomy).Assembly.GetName().Name}; check the EmbeddedResource item in the project file.");
        return Load(stream, ResourceName);
    }

    /// <summary>Parses and validates a taxonomy document.</summary>
    /// <exception cref="SkillTaxonomyException">The document is not valid JSON of the expected shape, or breaks a rule.</exception>
    public static SkillTaxonomy Load(Stream json, string sourceName)
    {
        TaxonomyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SkillTaxonomyJsonContext.Default.TaxonomyDocument);
        }
        catch (JsonException ex)
        {
            throw new SkillTaxonomyException(
                $"The skills taxonomy '{sourceName}' is not valid: {ex.Message}", ex);
        }
        if (document is null)
        {
            throw new SkillTaxonomyException($"The skills taxonomy '{sourceName}' is empty.");
        }
        return Build(document, sourceName);
    }

    private static SkillTaxonomy Build(TaxonomyDocument document, string sourceName)
    {
        var errors = new List<string>();
        if (document.Version != CurrentVersion)
        {
            errors.Add($"version is {document.Version}, this service reads version {CurrentVersion}");
        }
        foreach (var (category, description) in SkillCategories.All)
        {
            if (!document.Categories.TryGetValue(category, out var documented))
            {
                errors.Add($"category '{category}' is not listed under 'categories'");
            }
            else if (documented != description)
            {
                errors.Add($"category '{category}' is described differently from SkillCategories.All");
            }
        }
        foreach (var category in document.Categories.Keys.Where(c => !SkillCategories.All.ContainsKey(c)))
        {
            errors.Add($"category '{category}' is not one of the fixed categories in SkillCategories");
        }

        var root = new SkillTrieNode();
        var skills = new List<Skill>(document.Skills.Count);
        for (var index = 0; index < document.Skills.Count; index++)
        {
            var entry = document.Skills[index];
            var where = $"skills[{index}] '{entry.Name}'";
            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name != entry.Name.Trim())
            {
                errors.Add($"{where}: the name is blank or has surrounding spaces");
                continue;
            }
            if (!SkillCategories.All.ContainsKey(entry.Category))
            {
                errors.Add($"{where}: unknown category '{entry.Category}'");
            }
            var aliases = entry.Aliases ?? [];
            var exactCase = entry.ExactCase ?? [];
            var needsContext = entry.NeedsContext ?? [];
            var forms = new List<string>(aliases.Count + 1) { entry.Name };
            forms.AddRange(aliases);
            foreach (var flagged in exactCase.Concat(needsContext).Where(f => !forms.Contains(f, StringComparer.Ordinal)))
            {
                errors.Add($"{where}: '{flagged}' is flagged but is neither the name nor an alias");
            }
            var skill = new Skill(entry.Name, entry.Category, aliases.ToArray());
            skills.Add(skill);
            foreach (var form in forms)
            {
                if (AddForm(root, skill, form, exactCase.Contains(form), needsContext.Contains(form)) is { } problem)
                {
                    errors.Add($"{where}: {problem}");
                }
            }
        }
        if (skills.Count == 0)
        {
            errors.Add("there are no skills");
        }
        if (errors.Count > 0)
        {
            var shown = string.Join(Environment.NewLine, errors.Take(MaxReportedErrors).Select(e => "  - " + e));
            var more = errors.Count > MaxReportedErrors ? $"{Environment.NewLine}  ... and {errors.Count - MaxReportedErrors} more" : "";
            throw new SkillTaxonomyException(
                $"The skills taxonomy '{sourceName}' has {errors.Count} problem(s):{Environment.NewLine}{shown}{more}");
        }
        root.Freeze();
        return new SkillTaxonomy(document.Version, skills, root);
    }

    private static string? AddForm(
        SkillTrieNode root, Skill skill, string form, bool exactCase, bool needsContext)
    {
        if (string.IsNullOrWhiteSpace(form) || form != form.Trim())
        {
            return $"alias '{form}' is blank or has surrounding spaces";
        }
        var tokens = SkillTokenizer.Tokenize(form);
        if (tokens.Count > MaxTokensPerForm || tokens.Any(t => t.Kind == TokenKind.Opaque || t.Line > 0))
        {
            return $"'{form}' is not a matchable form (more than {MaxTokensPerForm} tokens, a line break or an address)";
        }
        if (tokens.All(t => t.Kind == TokenKind.Symbol))
        {
            return $"'{form}' has no letters or digits";
        }
        var node = root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var glueMatters = i > 0 && (token.Kind == TokenKind.Symbol || tokens[i - 1].Kind == TokenKind.Symbol);
            node = node.GetOrAdd(form.Substring(token.Start, token.Length), glueMatters, token.Glued);
            if (node is null)
            {
                return $"'{form}' differs from another form only in its spacing around symbols";
            }
        }
        if (node.Form is { } taken)
        {
            return $"'{form}' is already a form of '{taken.Skill.Name}' (as '{taken.Text}')";
        }
        node.Form = new SkillForm(
            skill, form, tokens.Select(t => form.Substring(t.Start, t.Length)).ToArray(), exactCase || needsContext, needsContext);
        return null;
    }
}
