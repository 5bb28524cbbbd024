namespace CareerCraft.Web.Components.Shared;

/// <summary>A file read from the browser into server memory (at most <see cref="MaxBytes"/>).</summary>
public sealed record UploadedFile(string Name, string ContentType, byte[] Content)
{
    /// <summary>The services' limit (DESIGN.md section 3); checked here first so a large file fails before it travels.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public static readonly string[] Extensions = [".pdf", ".docx"];

    public const string Accept = ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string DisplaySize => FileSize.Format(Content.LongLength);
}

public static class FileSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024.0:0} KB"),
        _ => FormattableString.Invariant($"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
