using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Files;

/// <summary>
/// Resume files in Cloudinary as private raw assets: uploaded and destroyed through the signed upload API and read
/// back through the signed private-download endpoint, so a file is never reachable by a public URL.
/// </summary>
public sealed class CloudinaryFileStore(HttpClient http, IOptions<CloudinaryOptions> options, TimeProvider time) : IFileStore
{
    private const string DeliveryType = "private";

    public string Name => FileStores.Cloudinary;

    public async Task<string> SaveAsync(string suggestedKey, string fileName, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var parameters = Signed(new()
        {
            ["public_id"] = $"{o.Folder}/{suggestedKey}",
            ["type"] = DeliveryType,
            ["overwrite"] = "false",
        });
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in parameters)
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ReadOnlyMemoryContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);

        var response = await SendAsync(() => http.PostAsync(Endpoint("upload"), form, cancellationToken), "upload");
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<UploadResult>(cancellationToken);
            return string.IsNullOrEmpty(body?.PublicId)
                ? throw new FileStoreException("Cloudinary's upload answer carried no public_id.")
                : body.PublicId;
        }
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var parameters = Signed(new() { ["public_id"] = key, ["type"] = DeliveryType });
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync($"{Endpoint("download")}?{query}", cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new FileStoreException("Cloudinary is unreachable.", ex);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new FileStoreException($"Cloudinary download answered {(int)response.StatusCode}.");
            }
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var parameters = Signed(new() { ["public_id"] = key, ["type"] = DeliveryType, ["invalidate"] = "true" });
        using var form = new FormUrlEncodedContent(parameters);
        using var response = await SendAsync(() => http.PostAsync(Endpoint("destroy"), form, cancellationToken), "destroy");
        // Cloudinary answers {"result":"ok"} or {"result":"not found"}; both leave the file gone.
    }

    private Dictionary<string, string> Signed(Dictionary<string, string> parameters)
    {
        var o = options.Value;
        parameters["timestamp"] = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        parameters["signature"] = CloudinarySignature.Sign(parameters, o.ApiSecret);
        parameters["api_key"] = o.ApiKey;
        return parameters;
    }

    private Uri Endpoint(string action)
    {
        var o = options.Value;
        return new Uri($"{o.BaseUrl.TrimEnd('/')}/v1_1/{Uri.EscapeDataString(o.CloudName)}/raw/{action}");
    }

    private static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, string action)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (HttpRequestException ex)
        {
            throw new FileStoreException($"Cloudinary {action} failed: the service is unreachable.", ex);
        }
        if (!response.IsSuccessStatusCode)
        {
            // The status is enough to act on; the body may echo request parameters and is not logged.
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new FileStoreException($"Cloudinary {action} answered {status}.");
        }
        return response;
    }

    private sealed record UploadResult([property: JsonPropertyName("public_id")] string? PublicId);
}
