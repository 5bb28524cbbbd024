namespace CareerCraft.ExtractionFuzz;

/// <summary>The seed files: every PDF and DOCX under the corpus folder (good and bad ones alike).</summary>
public static class SeedFiles
{
    public static IReadOnlyList<(string Name, byte[] Content)> Load(string corpus) =>
        Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(corpus, f), File.ReadAllBytes(f)))
            .Where(f => f.Item2.Length > 0)
            .ToList();
}
