using System.Diagnostics;
using System.Net.Http.Json;

namespace CareerCraft.Web.Services.Health;

internal static class HealthReader
{
    /// <summary>
    /// Reads a service's <c>/health</c>. An unhealthy service answers 503 with the same JSON body, so the
    /// body is read whatever the status; an unreachable one becomes "Unreachable" instead of an exception.
    /// </summary>
    public static async Task<ServiceHealth> ReadAsync(HttpClient http, string key, string service, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync("/health", cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<HealthBody>(cancellationToken);
            var checks = body?.Checks?.ToDictionary(c => c.Key, c => c.Value.Status) ?? [];
            return new ServiceHealth(key, service, body?.Status ?? response.StatusCode.ToString(), checks, clock.Elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return new ServiceHealth(key, service, "Unreachable", new Dictionary<string, string>(), clock.Elapsed, ex.Message);
        }
    }

    private sealed record HealthBody(string Status, Dictionary<string, HealthCheckBody>? Checks);

    private sealed record HealthCheckBody(string Status);
}
