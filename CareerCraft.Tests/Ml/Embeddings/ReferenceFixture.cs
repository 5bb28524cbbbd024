using System.Text.Json;

namespace CareerCraft.Tests.Ml.Embeddings;

/// <summary>The reference token ids and embeddings (TestData/embeddings/minilm-reference.json, see SOURCE.txt there).</summary>
public static class ReferenceFixture
{
    public sealed record Item(string Text, int[] TokenIds, float[] Embedding);

    public static IReadOnlyList<Item> Items { get; } = Load();

    public static IEnumerable<object[]> Indexes => Items.Select((_, i) => new object[] { i });

    private static List<Item> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "embeddings", "minilm-reference.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => new Item(
                item.GetProperty("text").GetString()!,
                item.GetProperty("tokenIds").EnumerateArray().Select(e => e.GetInt32()).ToArray(),
                item.GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()).ToArray()))
            .ToList();
    }
}
