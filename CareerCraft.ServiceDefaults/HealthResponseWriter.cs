using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Writes health as a small JSON document (<c>{status, checks:{name:status}}</c>) so the web app can show
/// each dependency; exception details are left out because the endpoint is anonymous.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthSummary(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description)),
            report.TotalDuration.TotalMilliseconds);
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson.Options, context.RequestAborted);
    }
}

public sealed record HealthSummary(string Status, IReadOnlyDictionary<string, HealthEntry> Checks, double DurationMs);

public sealed record HealthEntry(string Status, string? Description);

internal static class HealthJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
