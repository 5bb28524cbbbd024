namespace CareerCraft.Ml.Extraction;

/// <summary>The formats the service reads; the contract's <c>format</c> field.</summary>
public enum ResumeFormat
{
    Pdf,
    Docx,
}

public static class ResumeFormatNames
{
    public static string ToContractName(this ResumeFormat format) => format switch
    {
        ResumeFormat.Pdf => "pdf",
        ResumeFormat.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
