using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class ResumeTests(BackendFixture fixture)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Theory]
    [InlineData("rm_john_doe.pdf", "application/pdf", "rm_john_doe.pdf")]
    [InlineData("syn_features.docx", Docx, "syn_features.docx")]
    [InlineData("rm_Deepak_Hariharan.docx", Docx, "rm_Deepak_Hariharan.docx")]
    // The content decides, not the name: a DOCX named .pdf is a DOCX and downloads as one.
    [InlineData("docx_renamed.pdf", Docx, "docx_renamed.docx")]
    [InlineData("pdf_renamed.docx", "application/pdf", "pdf_renamed.pdf")]
    public async Task Upload_stores_the_file_and_the_text_the_ml_service_extracted(string testFile, string contentType, string storedName)
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath(testFile));

        var created = await user.UploadAsync(testFile);

        Assert.Equal(contentType, created.GetProperty("contentType").GetString());
        Assert.Equal(storedName, created.GetProperty("fileName").GetString());
        Assert.Equal(Path.GetFileNameWithoutExtension(storedName), created.GetProperty("name").GetString());
        Assert.Equal(bytes.Length, created.GetProperty("size").GetInt64());
        Assert.Equal("database", created.GetProperty("storage").GetString());
        // The ML service was called with the caller's own token.
        Assert.Contains(user.Token, fixture.Ml.Tokens);

        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{created.GetProperty("id").GetString()}");
        Assert.Equal(FakeMlService.ExpectedText(storedName, bytes.Length), detail.GetProperty("text").GetString());
        Assert.Equal("done", detail.GetProperty("extraction").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("analysis").ValueKind);
    }

    [Fact]
    public async Task Download_returns_the_same_bytes_with_safe_headers()
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        // A hostile name: a path, quotes and non-ASCII, sent the RFC 5987 way as browsers do for such names.
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = "../../Résumé \"final\".pdf" };
        form.Add(part);
        using var upload = await user.Client.PostAsync("/api/resumes", form);
        var id = (await upload.ReadJsonAsync()).GetProperty("id").GetString();

        using var response = await user.Client.GetAsync($"/api/resumes/{id}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Résumé final.pdf", disposition.FileNameStar);
        Assert.DoesNotContain('"', disposition.FileNameStar!);
        Assert.DoesNotContain('\n', response.Content.Headers.GetValues("Content-Disposition").Single());
    }

    [Fact]
    public async Task The_alias_route_takes_the_old_field_name()
    {
        var user = await _factory.SignUpAsync();
        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("syn_features.docx")), "cv.docx", field: "resume", name: "My CV");
        using var response = await user.Client.PostAsync("/api/resumes/upload", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal("My CV", created.GetProperty("name").GetString());
        Assert.EndsWith($"/api/resumes/{created.GetProperty("id").GetString()}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task List_is_paged_newest_first()
    {
        var user = await _factory.SignUpAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await user.UploadAsync("syn_features.docx", name: $"cv {i}")).GetProperty("id").GetString()!);
        }

        var first = await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes?page=1&pageSize=2");
        var second = await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes?page=2&pageSize=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));

        using var tooBig = await user.Client.GetAsync("/api/resumes?pageSize=101");
        var problem = await tooBig.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task Analysis_is_stored_as_sent_and_returned_with_the_resume()
    {
        var user = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        // The contract's answer as the client wrote it, with a field this version does not know: stored as sent.
        var analysis = SampleAnalyses.Text(SampleAnalyses.Scored(87, findings: SampleAnalyses.Finding("Add metrics", Severities.Suggestion)))
            [..^1] + ""","nested":{"x":[1,2.5,null]}}""";

        using var put = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(analysis));
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        var stored = await _factory.Services.GetRequiredService<IResumeRepository>().GetAsync(user.Id, id, default);
        Assert.Equal(analysis, stored!.AnalysisJson);
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(87, detail.GetProperty("analysis").GetProperty("atsScore").GetInt32());
        Assert.Equal("Add metrics", detail.GetProperty("analysis").GetProperty("feedback")[0].GetProperty("message").GetString());
        Assert.Equal(20, detail.GetProperty("analysis").GetProperty("breakdown").GetProperty("impact").GetProperty("points").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("analyzedAt").ValueKind);

        using var notObject = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json("[1,2]"));
        await AssertRefusedAsync(notObject);
        using var broken = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json("{\"a\":"));
        await AssertRefusedAsync(broken);
        var huge = "{\"padding\":\"" + new string('x', 300 * 1024) + "\"}";
        using var tooLarge = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(huge));
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    public static TheoryData<string> NotTheContract => new()
    {
        """{"atsScore":87}""",
        """{"atsScore":87,"feedback":[{"severity":"info","message":"Add metrics"}],"nested":{"x":[1,2.5,null]}}""",
        SampleAnalyses.Text(SampleAnalyses.Scored(80) with { Breakdown = null! }),
        SampleAnalyses.Text(SampleAnalyses.Scored(80) with { Breakdown = SampleAnalyses.Scored(80).Breakdown with { Impact = null! } }),
        SampleAnalyses.Text(SampleAnalyses.Scored(80) with { Contact = null! }),
        SampleAnalyses.Text(SampleAnalyses.Scored(80) with { Feedback = null! }),
        SampleAnalyses.Text(SampleAnalyses.Scored(80)).Replace("\"atsScore\":80", "\"atsScore\":\"high\"", StringComparison.Ordinal),
    };

    [Theory]
    [MemberData(nameof(NotTheContract))]
    public async Task An_analysis_that_is_not_the_contracts_is_refused_naming_what_is_required_and_nothing_is_saved(string analysis)
    {
        var user = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;

        using var put = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(analysis));

        var message = await AssertRefusedAsync(put);
        Assert.Contains("breakdown", message, StringComparison.Ordinal);
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("analysis").ValueKind);
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_optional_parts_of_the_analysis_may_be_left_out()
    {
        var user = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        var withKeywords = SampleAnalyses.Scored(75) with
        {
            Breakdown = SampleAnalyses.Scored(75).Breakdown with { Keywords = SampleAnalyses.Part(4, 10, "few keywords") },
            Keywords = new KeywordCoverage(["C#"], ["Go"]),
        };

        using (var put = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(SampleAnalyses.Scored(70))))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }
        using (var put = await user.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(withKeywords)))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        var items = (await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(items[0].GetProperty("parts").EnumerateArray(), p => p.GetProperty("key").GetString() == "keywords");
        var keywords = items[1].GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "keywords");
        Assert.Equal(4, keywords.GetProperty("points").GetInt32());
        Assert.Equal(10, keywords.GetProperty("max").GetInt32());
    }

    /// <summary>A 400 naming the field <c>analysis</c>; its message.</summary>
    private static async Task<string> AssertRefusedAsync(HttpResponseMessage response)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty("analysis", out var errors), problem.ToString());
        return string.Join(" ", errors.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Delete_removes_the_record_and_the_file_from_its_store()
    {
        var user = await _factory.SignUpAsync();
        var created = await user.UploadAsync("rm_john_doe.pdf");
        var id = created.GetProperty("id").GetString()!;
        var resume = await _factory.Services.GetRequiredService<IResumeRepository>().GetAsync(user.Id, id, default);
        var store = _factory.Services.GetRequiredService<FileStores>().For(resume!.Storage);
        Assert.NotNull(await store.ReadAsync(resume.FileKey, default));

        using var delete = await user.Client.DeleteAsync($"/api/resumes/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(await store.ReadAsync(resume.FileKey, default));
        using var gone = await user.Client.GetAsync($"/api/resumes/{id}");
        await gone.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        using var again = await user.Client.DeleteAsync($"/api/resumes/{id}");
        await again.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Oversized_upload_is_refused_with_413()
    {
        var user = await _factory.SignUpAsync();
        var big = new byte[5 * 1024 * 1024 + 1];
        "%PDF-1.7\n"u8.CopyTo(big);
        using var form = BackendApi.ResumeForm(big, "big.pdf");
        using var response = await user.Client.PostAsync("/api/resumes", form);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file-too-large");
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("txt_renamed.pdf")]
    [InlineData("png_renamed.pdf")]
    [InlineData("odt_renamed.docx")]
    public async Task Files_that_are_not_pdf_or_docx_by_content_are_refused_with_415(string testFile)
    {
        var user = await _factory.SignUpAsync();
        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath(testFile)), testFile, contentType: "application/pdf");
        using var response = await user.Client.PostAsync("/api/resumes", form);
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-format");
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_missing_or_empty_file_is_a_field_error()
    {
        var user = await _factory.SignUpAsync();
        using var missing = new MultipartFormDataContent { { new StringContent("x"), "name" } };
        using var noFile = await user.Client.PostAsync("/api/resumes", missing);
        var problem = await noFile.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));

        using var empty = BackendApi.ResumeForm([], "empty.pdf");
        using var emptyFile = await user.Client.PostAsync("/api/resumes", empty);
        await emptyFile.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");

        // Not a form at all: the same 415 the ML service answers, from the same upload reader.
        using var json = await user.Client.PostAsJsonAsync("/api/resumes", new { file = "JVBERi0=" });
        await json.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-format");

        using var noBoundary = new ByteArrayContent("%PDF-1.7"u8.ToArray());
        noBoundary.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");
        using var noBoundaryResponse = await user.Client.PostAsync("/api/resumes", noBoundary);
        await noBoundaryResponse.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");

        using var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.7 and then the body stops"));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var truncatedResponse = await user.Client.PostAsync("/api/resumes", truncated);
        await truncatedResponse.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
    }
}
