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

    public static async Task PostIsInvalidAsync(HttpClient client, string path, object request, string mentioned)
    {
        using var response = await client.PostAsJsonAsync(path, request);
        await IsInvalidInputAsync(response, mentioned);
    }
}
