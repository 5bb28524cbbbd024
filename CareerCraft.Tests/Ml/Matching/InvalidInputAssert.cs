using CareerCraft.Contracts;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Ml.Infrastructure;

namespace CareerCraft.Tests.Ml.Matching;

/// <summary>Bad input must be a 400 ProblemDetails of type invalid-input whose detail names what was wrong.</summary>
public static class InvalidInputAssert
{
    public static async Task IsInvalidInputAsync(HttpResponseMessage response, string mentioned)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ProblemTypes.InvalidInput, problem.GetProperty("type").GetString());
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    /// <summary>Every JSON endpoint answers another content type alike: 415, unsupported-format, naming JSON.</summary>
    public static async Task IsUnsupportedContentTypeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ProblemTypes.UnsupportedFormat, problem.GetProperty("type").GetString());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    public static async Task PostIsInvalidAsync(HttpClient client, string path, object request, string mentioned)
    {
        using var response = await client.PostAsJsonAsync(path, request);
        await IsInvalidInputAsync(response, mentioned);
    }
}
