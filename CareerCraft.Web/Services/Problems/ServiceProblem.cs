namespace CareerCraft.Web.Services.Problems;

/// <summary>
/// What a page shows when a service call fails: an RFC 9457 ProblemDetails answer as the service sent it,
/// or a synthetic one when the service could not be reached at all (<see cref="IsUnreachable"/>).
/// </summary>
public sealed record ServiceProblem(
    string Service,
    int? Status,
    string? Type,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The service's <c>Retry-After</c> on a 429 or 503, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool IsUnreachable => Status is null || Status is 502 or 503 or 504;

    /// <summary>The field errors for one property (matched case-insensitively, as services name them in camelCase).</summary>
    public IReadOnlyList<string> ErrorsFor(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value).ToList();

    /// <summary>One readable sentence for the person using the app; never a stack trace or a raw status code alone.</summary>
    public string Message
    {
        get
        {
            if (Status is null)
            {
                return $"The {Service} can't be reached right now. Please try again in a moment.";
            }
            if (!string.IsNullOrWhiteSpace(Detail))
            {
                return Detail!;
            }
            return Status switch
            {
                400 when Errors.Count > 0 => string.Join(" ", Errors.SelectMany(e => e.Value)),
                401 => "Your session has expired. Please sign in again.",
                404 => "That item doesn't exist or was deleted.",
                409 => Title ?? "That already exists.",
                413 => "The file is too large. Files can be up to 5 MB.",
                415 => "That file type isn't supported. Upload a PDF or a Word (.docx) document.",
                429 when RetryAfter is { } wait => $"Too many attempts, try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.",
                429 => "Too many requests in a short time. Please wait a minute and try again.",
                502 or 503 or 504 => $"The {Service} is temporarily unavailable. Please try again in a moment.",
                _ when !string.IsNullOrWhiteSpace(Title) => Title!,
                _ => $"The {Service} could not complete the request (status {Status}).",
            };
        }
    }

    public static ServiceProblem Unreachable(string service) =>
        new(service, null, null, "Service unavailable", null, new Dictionary<string, string[]>());
}
