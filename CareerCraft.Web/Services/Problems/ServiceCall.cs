using System.Net.Http.Json;
using System.Text.Json;

namespace CareerCraft.Web.Services.Problems;

/// <summary>
/// Sends a request and turns every failure into a <see cref="ServiceException"/>: a ProblemDetails body is read
/// as such, anything else (an HTML error page, an empty 500, a refused connection) still becomes a readable problem.
/// </summary>
internal static class ServiceCall
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, string service, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ServiceException(ServiceProblem.Unreachable(service), ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw new ServiceException(await ReadProblemAsync(response, service, cancellationToken));
        }
    }

    public static async Task<T> ReadAsync<T>(
        HttpClient http, HttpRequestMessage request, string service, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, request, service, cancellationToken);
        return await ReadJsonAsync<T>(response, service, cancellationToken);
    }

    /// <summary>The body of a successful answer, or a readable problem when it is not what was expected.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, string service, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new JsonException("Empty body.");
        }
        catch (JsonException ex)
        {
            throw new ServiceException(new ServiceProblem(service, (int)response.StatusCode, null,
                "Unexpected answer", $"The {service} sent an answer this app could not read.",
                new Dictionary<string, string[]>()), ex);
        }
    }

    public static async Task<ServiceProblem> ReadProblemAsync(HttpResponseMessage response, string service, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var empty = new Dictionary<string, string[]>();
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
            if (body is not null)
            {
                return new ServiceProblem(service, status, body.Type, body.Title, body.Detail, body.Errors ?? empty) { RetryAfter = RetryAfterOf(response) };
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not a ProblemDetails body (e.g. a proxy's HTML page): the status code alone still says enough.
        }
        return new ServiceProblem(service, status, null, response.ReasonPhrase, null, empty) { RetryAfter = RetryAfterOf(response) };
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;

    private sealed record ProblemBody(string? Type, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
