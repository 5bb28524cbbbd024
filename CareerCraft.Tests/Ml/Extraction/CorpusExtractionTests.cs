using System.Net;
using CareerCraft.Tests.Infrastructure;
using static CareerCraft.Tests.Ml.Extraction.ExtractionHttp;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>Every corpus file through HTTP, against its line in TestData/corpus/expectations.json.</summary>
[Collection(MlCollection.Name)]
public sealed class CorpusExtractionTests(MlServiceFixture ml)
{
    public static TheoryData<FileExpectation> Readable => CorpusExpectations.Where(e => e.Status == 200);

    public static TheoryData<FileExpectation> Refused => CorpusExpectations.Where(e => e.Status != 200);

    [Fact]
    public void Every_corpus_file_has_an_expectation()
    {
        var files = Directory.EnumerateFiles(CorpusExpectations.CorpusPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusExpectations.CorpusPath, f).Replace('\\', '/'))
            .Where(f => f.Contains('/'))
            .Order()
            .ToList();
        Assert.Equal(files, CorpusExpectations.All.Select(e => e.File).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public async Task Readable_file_extracts_with_its_key_phrases(FileExpectation expected)
    {
        using var response = await PostFileAsync(ml.Client, CorpusExpectations.Read(expected.File), Path.GetFileName(expected.File));
        var body = await ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{expected.File}: {(int)response.StatusCode} {body}");

        Assert.Equal(Path.GetFileName(expected.File), body.GetProperty("fileName").GetString());
        Assert.Equal(expected.Format, body.GetProperty("format").GetString());
        Assert.Equal(expected.Ocr, body.GetProperty("ocr").GetBoolean());
        if (expected.PageCount is { } pages)
        {
            Assert.Equal(pages, body.GetProperty("pageCount").GetInt32());
        }
        Assert.True(body.GetProperty("pageCount").GetInt32() >= 1);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, body.GetProperty("warnings").ValueKind);

        var text = Flatten(body.GetProperty("text").GetString()!);
        foreach (var phrase in expected.Contains.Concat(expected.InOrder).Concat(expected.Once))
        {
            Assert.True(text.Contains(Flatten(phrase), StringComparison.Ordinal), $"{expected.File} lacks \"{phrase}\"");
        }
        foreach (var phrase in expected.Once)
        {
            var first = text.IndexOf(Flatten(phrase), StringComparison.Ordinal);
            Assert.True(text.IndexOf(Flatten(phrase), first + 1, StringComparison.Ordinal) < 0, $"{expected.File} repeats \"{phrase}\"");
        }
        var previous = -1;
        foreach (var phrase in expected.InOrder)
        {
            var at = text.IndexOf(Flatten(phrase), StringComparison.Ordinal);
            Assert.True(at > previous, $"{expected.File}: \"{phrase}\" is out of reading order");
            previous = at;
        }
        // Normalisation leaves no private-use icon glyphs, replacement characters or soft hyphens behind.
        Assert.DoesNotContain(text, c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' or '\u00AD');
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_file_gets_its_problem_and_the_service_keeps_answering(FileExpectation expected)
    {
        using (var response = await PostFileAsync(ml.Client, CorpusExpectations.Read(expected.File), Path.GetFileName(expected.File)))
        {
            var problem = await ReadJsonAsync(response);
            Assert.True((int)response.StatusCode == expected.Status, $"{expected.File}: {(int)response.StatusCode} {problem}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(expected.Status, problem.GetProperty("status").GetInt32());
            Assert.EndsWith("/" + expected.ProblemType, problem.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
            Assert.Contains(expected.DetailContains!, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        using var after = await PostFileAsync(ml.Client, CorpusExpectations.Read("docx/syn_features.docx"), "syn_features.docx");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
