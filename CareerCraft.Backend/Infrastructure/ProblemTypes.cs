namespace CareerCraft.Backend.Infrastructure;

/// <summary>The backend's RFC 9457 problem <c>type</c> URIs; clients switch on the last segment.</summary>
public static class ProblemTypes
{
    private const string Base = "https://careercraft.dev/problems/";

    public const string InvalidInput = Base + "invalid-input";
    public const string InvalidCredentials = Base + "invalid-credentials";

    /// <summary>A signed-in user confirmed a change with a wrong current password.</summary>
    public const string WrongPassword = Base + "wrong-password";
    public const string QuotaExceeded = Base + "quota-exceeded";
    public const string Unauthorized = Base + "unauthorized";
    public const string InvalidRefreshToken = Base + "invalid-refresh-token";
    public const string EmailTaken = Base + "email-taken";
    public const string UsernameTaken = Base + "username-taken";
    public const string NotFound = Base + "not-found";
    public const string FileTooLarge = Base + "file-too-large";
    public const string UnsupportedFormat = Base + "unsupported-format";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string FileStoreUnavailable = Base + "file-store-unavailable";

    /// <summary>Something is written from a resume's analysis (a JSON Resume) and the resume has none yet.</summary>
    public const string NotAnalysed = Base + "not-analysed";

    /// <summary>A saved job cannot be deleted while an application is for it.</summary>
    public const string JobHasApplications = Base + "job-has-applications";

    /// <summary>An application's status cannot go where it was asked to (e.g. accepted without an offer).</summary>
    public const string StatusNotAllowed = Base + "status-not-allowed";

    /// <summary>
    /// Not an HTTP answer but a stored resume's <c>extraction.problem</c>: the ML service could not be made to read
    /// the file in all the attempts allowed (unreachable, dropping the call, overloaded). The file's fault or not, it
    /// is not sent again; the other reasons a resume's text failed are the ML service's own types, stored as received.
    /// </summary>
    public const string ExtractionAbandoned = Base + "extraction-abandoned";

    /// <summary>Our type for a problem the framework made with only a status (challenges, limits, binding failures).</summary>
    public static string? ForStatus(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidInput,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status429TooManyRequests => CareerCraft.ServiceDefaults.RateLimiting.RateLimitRejection.ProblemType,
        _ => null,
    };
}
