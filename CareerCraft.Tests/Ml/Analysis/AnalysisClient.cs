using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>Calls <c>POST /resume/analyze</c> as the web app does (JSON or multipart) and reads the answer.</summary>
public static class AnalysisClient
{
    public static async Task<JsonElement> AnalyzeAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/resume/analyze", body);
        return await OkJsonAsync(response);
    }

    public static async Task<JsonElement> AnalyzeFileAsync(HttpClient client, string path, string? jobDescription = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", Path.GetFileName(path));
        if (jobDescription is not null)
        {
            form.Add(new StringContent(jobDescription), "jobDescription");
        }
        using var response = await client.PostAsync("/resume/analyze", form);
        return await OkJsonAsync(response);
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Asserts an RFC 9457 answer with the status and a type ending in <paramref name="typeSuffix"/>; returns its detail.</summary>
    public static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string typeSuffix)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.EndsWith(typeSuffix, problem.GetProperty("type").GetString());
        return problem.GetProperty("detail").GetString() ?? "";
    }
}
