using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>One corpus file's expected answer, from TestData/corpus/expectations.json.</summary>
public sealed record FileExpectation
{
    public required string File { get; init; }
    public required int Status { get; init; }
    public string? Format { get; init; }
    public int? PageCount { get; init; }
    public bool Ocr { get; init; }
    public string[] Contains { get; init; } = [];
    public string[] InOrder { get; init; } = [];
    public string[] Once { get; init; } = [];
    public string? ProblemType { get; init; }
    public string? DetailContains { get; init; }

    public override string ToString() => File;
}

public static class CorpusExpectations
{
    private sealed record Document([property: JsonPropertyName("files")] FileExpectation[] Files);

    public static string CorpusPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "corpus");

    public static IReadOnlyList<FileExpectation> All { get; } = Load();

    public static byte[] Read(string relativePath) => System.IO.File.ReadAllBytes(Path.Combine(CorpusPath, relativePath));

    public static TheoryData<FileExpectation> Where(Func<FileExpectation, bool> predicate)
    {
        var data = new TheoryData<FileExpectation>();
        foreach (var expectation in All.Where(predicate))
        {
            data.Add(expectation);
        }
        return data;
    }

    private static FileExpectation[] Load()
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(CorpusPath, "expectations.json"));
        var document = JsonSerializer.Deserialize<Document>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("expectations.json is empty");
        return document.Files;
    }
}
