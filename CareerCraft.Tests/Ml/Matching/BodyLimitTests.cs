using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Matching;

/// <summary>Job match and ranking read at most their body cap, judged before the JSON is parsed (413 past it).</summary>
[Collection(MlCollection.Name)]
public sealed class BodyLimitTests(MlServiceFixture ml)
{
    [Theory]
    [InlineData("/resume/job-match", 2)]
    [InlineData("/jobs/rank", 8)]
    public async Task A_body_declared_past_the_cap_is_refused_unread(string path, int megabytes)
    {
        var body = new byte[megabytes * 1024 * 1024 + 1];
        Array.Fill(body, (byte)' ');
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await ml.Client.PostAsync(path, content);
        await AssertTooLargeAsync(response, megabytes);
    }

    [Theory]
    [InlineData("/resume/job-match", 2)]
    [InlineData("/jobs/rank", 8)]
    public async Task A_chunked_body_is_stopped_once_it_passes_the_cap(string path, int megabytes)
    {
        // Valid JSON that keeps going: a string longer than the cap inside the resume text.
        var json = "{\"resumeText\":\"" + new string('a', megabytes * 1024 * 1024 + 1024) + "\",\"jobDescription\":\"x\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var client = ml.Factory.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Create());
        using var response = await client.SendAsync(request);
        await AssertTooLargeAsync(response, megabytes);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, int megabytes)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"over {megabytes} MB", problem.GetProperty("detail").GetString());
    }
}
