using System.Net.Http.Headers;
using System.Text;
using CareerCraft.Contracts;
using CareerCraft.Tests.Ml.Extraction;
using CareerCraft.ServiceDefaults.Files;
using Microsoft.AspNetCore.Http;

namespace CareerCraft.Tests.Foundation.Files;

/// <summary>The upload reader the backend and the ML service share (5 MB files, 64 KB of text fields by default).</summary>
public sealed class UploadedFileReaderTests
{
    private readonly UploadedFileReader _reader = new(5 * 1024 * 1024);

    [Fact]
    public async Task Reads_the_file_and_the_text_fields_around_it()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Senior .NET engineer, Azure"), "jobDescription" },
            { new ByteArrayContent(CorpusExpectations.Read("docx/syn_features.docx")), "file", "cv.docx" },
            { new ByteArrayContent([1, 2, 3]), "attachment", "other.bin" },
            { new StringContent("after the file"), "note" },
        };
        var uploaded = await _reader.ReadFormAsync(await RequestFor(form));

        Assert.NotNull(uploaded.File);
        Assert.Equal("cv.docx", uploaded.File.FileName);
        Assert.Equal(CorpusExpectations.Read("docx/syn_features.docx"), uploaded.File.Content.ToArray());
        Assert.Equal("Senior .NET engineer, Azure", uploaded.Fields["jobDescription"]);
        Assert.Equal("after the file", uploaded.Fields["note"]);
        Assert.False(uploaded.Fields.ContainsKey("attachment"));
    }

    [Fact]
    public async Task A_form_with_text_only_has_no_file()
    {
        using var form = new MultipartFormDataContent { { new StringContent("plain resume text"), "text" } };
        var uploaded = await _reader.ReadFormAsync(await RequestFor(form));
        Assert.Null(uploaded.File);
        Assert.Equal("plain resume text", uploaded.Fields["text"]);

        var error = await Assert.ThrowsAsync<ProblemException>(async () => await _reader.ReadAsync(await RequestFor(form)));
        Assert.Equal(ProblemTypes.InvalidInput, error.ProblemType);
    }

    [Fact]
    public async Task Text_fields_over_64_KB_together_are_a_413()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(new string('a', 40 * 1024)), "first" },
            { new StringContent(new string('b', 40 * 1024)), "second" },
        };
        var error = await Assert.ThrowsAsync<ProblemException>(async () => await _reader.ReadFormAsync(await RequestFor(form)));
        Assert.Equal(413, error.StatusCode);
        Assert.Contains("text fields", error.Message);
    }

    private static async Task<HttpRequest> RequestFor(MultipartFormDataContent form)
    {
        var body = await form.ReadAsByteArrayAsync();
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        return context.Request;
    }
}
