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

    /// <summary>The ML service's problem type when it refused the file for good (e.g. password-protected).</summary>
    public string? ExtractionProblem { get; set; }

    /// <summary>The saved analysis exactly as the client sent it (a JSON object).</summary>
    public string? AnalysisJson { get; set; }

    public DateTimeOffset? AnalyzedAt { get; set; }
}

public static class ExtractionStatus
{
    /// <summary>Not extracted yet (the ML service was unreachable); retried on the next read.</summary>
    public const string Pending = "pending";
    public const string Done = "done";

    /// <summary>The ML service answered that the file has no usable text; not retried.</summary>
    public const string Failed = "failed";
}
