using CareerCraft.Contracts;
using System.Net;
using CareerCraft.ExtractionFuzz;
using CareerCraft.Ml.Extraction.Workers;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Tests.Infrastructure;
using static CareerCraft.Tests.Ml.Extraction.ExtractionHttp;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>
/// The files that used to take the ML process down (issue 10), posted through HTTP to the shared service: each answers
/// a 4xx ProblemDetails, the service stays alive, and a normal resume is read right after.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class HostileFileTests(MlServiceFixture ml)
{
    public static TheoryData<string> Files => [.. Hostile.Keys];

    private static readonly Dictionary<string, Func<byte[]>> Hostile = new()
    {
        // 140,000 nested elements in a 4 KB DOCX: the OpenXml loader recursed once per level.
        ["deep-docx-140000.docx"] = () => HostileFiles.DeepDocx(140_000, "w:sdt"),
        ["deep-tables.docx"] = () => HostileFiles.DeepDocx(2_000, "w:tbl", "w:tr", "w:tc"),
        ["deep-content-controls.docx"] = () => HostileFiles.DeepDocx(5_000, "w:sdt", "w:sdtContent"),
        // PdfPig's Type 4 interpreter recurses per nested procedure: a stack overflow no catch can stop.
        ["deep-type4.pdf"] = () => HostileFiles.DeepType4Pdf(),
        ["image-bomb.pdf"] = () => HostileFiles.SharedImageBomb,
        ["glyph-flood.pdf"] = () => HostileFiles.GlyphFloodPdf(),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_file_gets_a_422_and_the_service_reads_the_next_resume(string name)
    {
        using var response = await PostFileAsync(ml.Client, Hostile[name](), name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ReadJsonAsync(response);
        Assert.Contains(problem.GetProperty("type").GetString(), new[] { ProblemTypes.TooComplex, ProblemTypes.DamagedFile });
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

        using var alive = await ml.Client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        using var normal = await PostFileAsync(ml.Client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Contains("JOHN DOE", (await ReadJsonAsync(normal)).GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("deep-tables.docx", "nests elements more than 256 levels deep")]
    [InlineData("image-bomb.pdf", "larger than the 40 million pixels")]
    [InlineData("glyph-flood.pdf", "more memory than a resume can")]
    public async Task The_answer_says_which_limit_the_file_went_past(string name, string reason)
    {
        using var response = await PostFileAsync(ml.Client, Hostile[name](), name);
        var problem = await ReadJsonAsync(response);
        Assert.Equal(ProblemTypes.TooComplex, problem.GetProperty("type").GetString());
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_that_killed_a_worker_is_refused_again_without_costing_another()
    {
        var pool = ml.GetService<ExtractionWorkerPool>();
        // A variant of its own, so no other test has sent these bytes before.
        var killer = HostileFiles.DeepType4Pdf(60_000);
        var lostBefore = pool.Lost;

        using var first = await PostFileAsync(ml.Client, killer, "killer.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Equal(lostBefore + 1, pool.Lost);

        using var again = await PostFileAsync(ml.Client, killer, "killer-again.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already stopped our reader", (await ReadJsonAsync(again)).GetProperty("detail").GetString());
        Assert.Equal(lostBefore + 1, pool.Lost);
    }

    [Fact]
    public async Task The_analysis_endpoint_refuses_a_hostile_upload_the_same_way()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(HostileFiles.DeepType4Pdf(55_000)), "file", "resume.pdf" } };
        using var response = await ml.Client.PostAsync("/resume/analyze", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(ProblemTypes.TooComplex, (await ReadJsonAsync(response)).GetProperty("type").GetString());
        using var alive = await ml.Client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
