namespace CareerCraft.Backend.Storage;

public sealed class Resume
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string Name { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Which file store holds the bytes (<c>database</c> or <c>cloudinary</c>).</summary>
    public string Storage { get; set; } = "";

    /// <summary>The file's key in that store.</summary>
    public string FileKey { get; set; } = "";

    public string? Text { get; set; }

    /// <summary><see cref="ExtractionStatus"/> value.</summary>
    public string Extraction { get; set; } = ExtractionStatus.Pending;

    /// <summary>
    /// Why the text could not be read, when <see cref="Extraction"/> is failed: the ML service's problem type when it
    /// refused the file (e.g. password-protected), or the backend's <c>extraction-abandoned</c> after the last attempt.
    /// </summary>
    public string? ExtractionProblem { get; set; }

    /// <summary>The same reason in words, for the user (the ML service's <c>detail</c>, or ours).</summary>
    public string? ExtractionDetail { get; set; }

    /// <summary>
    /// Attempts made to have the text read, the one at upload included. Each sends the file to the ML service, so
    /// the count is capped: a file that takes the ML service down must not do so on every read. Records written
    /// before the count existed read as 0.
    /// </summary>
    public int ExtractionAttempts { get; set; }

    /// <summary>While pending: no attempt before this time (back-off). Null means due now (also older records).</summary>
    public DateTimeOffset? NextExtractionAt { get; set; }

    /// <summary>The saved analysis exactly as the client sent it (a JSON object).</summary>
    public string? AnalysisJson { get; set; }

    public DateTimeOffset? AnalyzedAt { get; set; }

    /// <summary>Every analysis saved, oldest first, the latest included; empty on resumes analysed before it was kept.</summary>
    public List<AnalysisSnapshot> Analyses { get; set; } = [];

    /// <summary>A trend needs a few dozen points at most, and each snapshot holds its findings' text.</summary>
    public const int MaxAnalysisHistory = 50;
}

public static class ExtractionStatus
{
    /// <summary>
    /// Not extracted yet (the ML service was unreachable, dropped the call or was overloaded); retried on a read once
    /// <see cref="Resume.NextExtractionAt"/> has passed, until the attempts run out.
    /// </summary>
    public const string Pending = "pending";
    public const string Done = "done";

    /// <summary>For good: the ML service refused the file, or every attempt allowed failed. Never sent again.</summary>
    public const string Failed = "failed";
}

/// <summary>A final outcome of extraction (done or failed), written once and never retried.</summary>
public sealed record ExtractionOutcome(string Status, string? Text, string? Problem, string? Detail);
