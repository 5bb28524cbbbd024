using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class CoverLetterTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task Create_get_update_list_and_delete()
    {
        var user = await _factory.SignUpAsync();

        using var create = await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter());
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var created = await create.ReadJsonAsync();
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/cover-letters/{id}", create.Headers.Location!.ToString());
        Assert.Equal("Contoso", created.GetProperty("companyName").GetString());
        Assert.Equal("confident", created.GetProperty("tone").GetString());
        Assert.Equal(2, created.GetProperty("coverLetter").GetProperty("body").GetArrayLength());

        var fetched = await user.Client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{id}");
        Assert.Equal(created.ToString(), fetched.ToString());

        using var update = await user.Client.PutAsJsonAsync($"/api/cover-letters/{id}", BackendApi.SampleLetter("Fabrikam", "Rewritten first paragraph."));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await user.Client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{id}");
        Assert.Equal("Fabrikam", updated.GetProperty("companyName").GetString());
        Assert.Equal("Rewritten first paragraph.", updated.GetProperty("coverLetter").GetProperty("body")[0].GetString());
        Assert.Equal(created.GetProperty("createdAt").GetDateTimeOffset(), updated.GetProperty("createdAt").GetDateTimeOffset());
        Assert.True(updated.GetProperty("updatedAt").GetDateTimeOffset() >= created.GetProperty("updatedAt").GetDateTimeOffset());

        using var second = await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter("Northwind"));
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/cover-letters?pageSize=10");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("Northwind", list.GetProperty("items")[0].GetProperty("companyName").GetString());

        using var delete = await user.Client.DeleteAsync($"/api/cover-letters/{id}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await user.Client.GetAsync($"/api/cover-letters/{id}");
        await gone.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Invalid_letters_get_field_errors()
    {
        var user = await _factory.SignUpAsync();
        using var response = await user.Client.PostAsJsonAsync("/api/cover-letters", new
        {
            companyName = "",
            jobTitle = new string('t', 201),
            tone = "sarcastic",
            coverLetter = new { body = Array.Empty<string>() },
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors");
        foreach (var field in new[] { "companyName", "jobTitle", "tone", "coverLetter.body" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Docx_export_is_a_word_document_with_the_letter_paragraphs()
    {
        var user = await _factory.SignUpAsync();
        using var create = await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter("Contoso Ltd."));
        var id = (await create.ReadJsonAsync()).GetProperty("id").GetString();

        using var response = await user.Client.GetAsync($"/api/cover-letters/{id}/docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cover-letter-Contoso-Ltd.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(
            [
                "Backend Engineer at Contoso Ltd.",
                "Dear Hiring Manager,",
                "I build reliable services.",
                "I would love to help your team ship.",
                "Thank you for your time.",
                "Sincerely,",
                "Ada Lovelace",
            ],
            paragraphs.Select(p => p.InnerText));
        Assert.Equal("Heading1", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.NotNull(document.MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1"));
    }
}
