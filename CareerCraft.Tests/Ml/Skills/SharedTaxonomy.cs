using CareerCraft.Ml.Skills;

namespace CareerCraft.Tests.Ml.Skills;

/// <summary>The shipped taxonomy and an extractor over it, loaded once for all skills tests (as the service does).</summary>
internal static class SharedTaxonomy
{
    private static readonly Lazy<SkillTaxonomy> Loaded = new(SkillTaxonomy.LoadEmbedded);
    private static readonly Lazy<SkillExtractor> Shared = new(() => new SkillExtractor(Loaded.Value));

    public static SkillTaxonomy Taxonomy => Loaded.Value;

    public static ISkillExtractor Extractor => Shared.Value;

    /// <summary>The canonical names found in a text, in order of first appearance.</summary>
    public static string[] Names(string text) => Extractor.Find(text).Select(m => m.Skill.Name).ToArray();
}
