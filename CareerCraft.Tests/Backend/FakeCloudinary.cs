using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Cloudinary's upload API as far as the backend uses it (raw upload, private download, destroy), checking every
/// request's signature the way Cloudinary does. Its own signature code is written independently of the backend's.
/// </summary>
public sealed class FakeCloudinary : IAsyncDisposable
{
    public const string ApiKey = "123456789012345";
    public const string ApiSecret = "test-secret-abcdefghijklmnop";
    public const string CloudName = "careercraft-test";

    private LocalHttpServer _server = null!;

    public string BaseUrl => _server.BaseUrl;

    public string ConnectionString => $"cloudinary://{ApiKey}:{ApiSecret}@{CloudName}";

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>Every request as (action, its parameters without the file).</summary>
    public ConcurrentQueue<(string Action, Dictionary<string, string> Parameters)> Requests { get; } = new();

    public int RejectedSignatures;

    public bool FailUploads { get; set; }

    public static async Task<FakeCloudinary> StartAsync()
    {
        var fake = new FakeCloudinary();
        fake._server = await LocalHttpServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>Cloudinary's documented algorithm, spelled out again here on purpose.</summary>
    public static string ExpectedSignature(IReadOnlyDictionary<string, string> parameters, string secret)
    {
        var signed = parameters
            .Where(p => p.Key is not ("file" or "cloud_name" or "resource_type" or "api_key" or "signature") && p.Value.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Join("&", signed) + secret));
        return string.Concat(hash.Select(b => b.ToString("x2")));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var prefix = $"/v1_1/{CloudName}/raw/";
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var action = path[prefix.Length..];
        byte[]? file = null;
        Dictionary<string, string> parameters;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            if (form.Files.GetFile("file") is { } part)
            {
                using var buffer = new MemoryStream();
                await part.CopyToAsync(buffer);
                file = buffer.ToArray();
            }
        }
        else
        {
            parameters = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        }
        Requests.Enqueue((action, parameters));

        if (!parameters.TryGetValue("api_key", out var key) || key != ApiKey
            || !parameters.TryGetValue("signature", out var signature) || signature != ExpectedSignature(parameters, ApiSecret)
            || !parameters.TryGetValue("timestamp", out var timestamp)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(timestamp)) > 3600)
        {
            Interlocked.Increment(ref RejectedSignatures);
            await Error(context, StatusCodes.Status401Unauthorized, "Invalid Signature");
            return;
        }
        var publicId = parameters.GetValueOrDefault("public_id") ?? "";
        switch (action)
        {
            case "upload" when FailUploads:
                await Error(context, StatusCodes.Status500InternalServerError, "General Error");
                return;
            case "upload" when file is null || publicId.Length == 0:
                await Error(context, StatusCodes.Status400BadRequest, "Missing required parameter - file");
                return;
            case "upload":
                Files[publicId] = file;
                await Json(context, new Dictionary<string, object> { ["public_id"] = publicId, ["version"] = 1, ["resource_type"] = "raw", ["type"] = parameters.GetValueOrDefault("type") ?? "upload", ["bytes"] = file.Length });
                return;
            case "download" when Files.TryGetValue(publicId, out var bytes):
                context.Response.ContentType = "application/octet-stream";
                await context.Response.Body.WriteAsync(bytes);
                return;
            case "download":
                await Error(context, StatusCodes.Status404NotFound, "Resource not found");
                return;
            case "destroy":
                await Json(context, new { result = Files.TryRemove(publicId, out _) ? "ok" : "not found" });
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    private static Task Json(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return Json(context, new { error = new { message } });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
