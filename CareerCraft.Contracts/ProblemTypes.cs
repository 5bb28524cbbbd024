namespace CareerCraft.Contracts;

/// <summary>
/// The RFC 9457 problem <c>type</c> URIs every CareerCraft service answers with, in one vocabulary: the backend, the
/// ML service and the shared middleware (rate limits) use these constants, and clients switch on the last segment.
/// </summary>
public static class ProblemTypes
{
    private const string Base = "https://careercraft.dev/problems/";

    // Any request
    public const string InvalidInput = Base + "invalid-input";
    public const string Unauthorized = Base + "unauthorized";
    public const string NotFound = Base + "not-found";
    public const string PayloadTooLarge = Base + "payload-too-large";

    /// <summary>Over a per-user or per-requester rate limit (429).</summary>
    public const string RateLimited = Base + "rate-limited";

    /// <summary>More work queued than the service admits; retry after the advised delay (503).</summary>
    public const string Overloaded = Base + "overloaded";

    // Accounts
    public const string InvalidCredentials = Base + "invalid-credentials";

    /// <summary>A signed-in user confirmed a change with a wrong current password.</summary>
    public const string WrongPassword = Base + "wrong-password";
    public const string InvalidRefreshToken = Base + "invalid-refresh-token";
    public const string EmailTaken = Base + "email-taken";
    public const string UsernameTaken = Base + "username-taken";
    public const string QuotaExceeded = Base + "quota-exceeded";

    // Files
    public const string FileTooLarge = Base + "file-too-large";
    public const string UnsupportedFormat = Base + "unsupported-format";
    public const string PasswordProtected = Base + "password-protected";
    public const string DamagedFile = Base + "damaged-file";
    public const string NoTextLayer = Base + "no-text-layer";

    /// <summary>Past a structural limit (nesting, image size, memory, time), or it stopped an extraction worker.</summary>
    public const string TooComplex = Base + "too-complex";
    public const string FileStoreUnavailable = Base + "file-store-unavailable";

    /// <summary>
    /// Not an HTTP answer but a stored resume's <c>extraction.problem</c>: the ML service could not be made to read
    /// the file in all the attempts allowed (unreachable, dropping the call, overloaded). The file's fault or not, it
    /// is not sent again; the other reasons a resume's text failed are the ML service's own types, stored as received.
    /// </summary>
    public const string ExtractionAbandoned = Base + "extraction-abandoned";

    // Resumes, jobs and applications
    /// <summary>The text is a job posting (or other non-resume prose), not a resume: scoring it would mislead.</summary>
    public const string NotAResume = Base + "not-a-resume";

    /// <summary>Something is written from a resume's analysis (a JSON Resume) and the resume has none yet.</summary>
    public const string NotAnalysed = Base + "not-analysed";

    /// <summary>A saved job cannot be deleted while an application is for it.</summary>
    public const string JobHasApplications = Base + "job-has-applications";

    /// <summary>An application's status cannot go where it was asked to (e.g. accepted without an offer).</summary>
    public const string StatusNotAllowed = Base + "status-not-allowed";

    /// <summary>The last segment of a type URI ("damaged-file"), what clients switch on; empty for none.</summary>
    public static string Name(string? type) => type is null ? "" : type[(type.LastIndexOf('/') + 1)..];
}
