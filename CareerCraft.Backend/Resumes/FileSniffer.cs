using System.IO.Compression;

namespace CareerCraft.Backend.Resumes;

public sealed record ResumeFormat(string Name, string ContentType, string Extension)
{
    public static readonly ResumeFormat Pdf = new("pdf", "application/pdf", ".pdf");
    public static readonly ResumeFormat Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
}

/// <summary>Decides the format from the bytes only; the file name and the declared type are the client's word.</summary>
public static class FileSniffer
{
    // Readers accept the header anywhere in the first KB (some generators prepend junk); so do we.
    private const int PdfHeaderWindow = 1024;

    public static ResumeFormat? Detect(byte[] content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, PdfHeaderWindow));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return ResumeFormat.Pdf;
        }
        return content.AsSpan().StartsWith("PK\x03\x04"u8) && HasWordDocument(content) ? ResumeFormat.Docx : null;
    }

    /// <summary>A zip is a DOCX only if it holds <c>word/document.xml</c> (an .odt or .xlsx is a zip too).</summary>
    private static bool HasWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
