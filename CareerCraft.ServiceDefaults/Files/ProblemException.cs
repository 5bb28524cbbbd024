namespace CareerCraft.ServiceDefaults.Files;

/// <summary>
/// A failure that is the request's fault (a file too large, of another format, damaged, or past a reader's limit),
/// carrying the HTTP status and the <see cref="CareerCraft.Contracts.ProblemTypes"/> type it is answered with.
/// Code deep in a reader throws it; <see cref="ProblemExceptionHandler"/> turns it into RFC 9457 ProblemDetails.
/// </summary>
public class ProblemException(int statusCode, string problemType, string title, string detail, int? retryAfterSeconds = null)
    : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string ProblemType { get; } = problemType;
    public string Title { get; } = title;

    /// <summary>The Retry-After a busy service advises (503, 429); the handler sends 5 s for a 503 without one.</summary>
    public int? RetryAfterSeconds { get; } = retryAfterSeconds;
}
