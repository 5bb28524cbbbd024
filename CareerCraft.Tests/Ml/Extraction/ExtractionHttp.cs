using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>Posts files to the endpoint the way a browser form does.</summary>
public static partial class ExtractionHttp
{
    public const string Route = "/resume/extract-text";

    public static async Task<HttpResponseMessage> PostFileAsync(
        HttpClient client, byte[] content, string fileName, string fieldName = "file", string contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, fieldName, fileName);
        return await client.PostAsync(Route, form);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Runs of whitespace (line breaks included) as one space, so phrases can span lines.</summary>
    public static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
