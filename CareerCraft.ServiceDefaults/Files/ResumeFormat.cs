namespace CareerCraft.ServiceDefaults.Files;

/// <summary>The resume formats CareerCraft stores and reads, decided from content by <see cref="ResumeFileSniffer"/>.</summary>
public enum ResumeFormat
{
    Pdf,
    Docx,
}

public static class ResumeFormatNames
{
    /// <summary>The contracts' <c>format</c> field ("pdf", "docx").</summary>
    public static string ToContractName(this ResumeFormat format) => format switch
    {
        ResumeFormat.Pdf => "pdf",
        ResumeFormat.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(this ResumeFormat format) => format switch
    {
        ResumeFormat.Pdf => "application/pdf",
        ResumeFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(this ResumeFormat format) => "." + format.ToContractName();
}
