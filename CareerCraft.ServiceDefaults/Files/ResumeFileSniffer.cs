using System.IO.Compression;
using System.Text;

using Microsoft.AspNetCore.Http;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>
/// Decides what a file is from its bytes, never from its name or declared type, for every service that takes a resume
/// (the backend on upload, the ML service before extraction). What is not PDF or DOCX is refused with a message naming
/// what the file looked like. <see cref="Sniff"/> compares magic bytes only; a zip's entries are a structure to parse,
/// so <see cref="ConfirmDocx"/> looks inside it separately.
/// </summary>
public static class ResumeFileSniffer
{
    // The PDF specification lets readers accept a header within the first 1024 bytes (junk before it is common).
    private const int PdfHeaderWindow = 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> EmptyZipMagic => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    public static ResumeFormat Sniff(ReadOnlyMemory<byte> file)
    {
        var content = file.Span;
        if (content.IsEmpty)
        {
            throw FileProblems.Unsupported("The file is empty (0 bytes): upload the resume as a PDF or DOCX.");
        }

        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(PdfMagic) >= 0)
        {
            return ResumeFormat.Pdf;
        }

        if (content.StartsWith(ZipMagic) || content.StartsWith(EmptyZipMagic))
        {
            // A zip: a DOCX until ConfirmDocx has looked at its entries.
            return ResumeFormat.Docx;
        }

        if (content.StartsWith(OleMagic))
        {
            throw SniffOle(content);
        }

        throw FileProblems.Unsupported(Describe(content) + NotSupportedAdvice);
    }

    private const string NotSupportedAdvice = ", not a PDF or DOCX: upload the resume as a PDF or DOCX.";

    /// <summary>
    /// Throws the 415 or 422 a zip that is not a Word document deserves (an .odt, a workbook, a damaged archive).
    /// Parses the zip's central directory only (iteratively, nothing decompressed), bounded by the upload's size; the
    /// ML service calls it in its extraction worker, the backend on upload, before a file is stored as a DOCX.
    /// </summary>
    public static void ConfirmDocx(ReadOnlyMemory<byte> content)
    {
        ZipArchive zip;
        try
        {
            // Read mode only parses the central directory: cheap, and nothing is decompressed yet.
            zip = new ZipArchive(MemoryStreams.ReadOnly(content), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            // A directory that lies about its offsets or sizes fails in several ways; all of them mean damage.
            throw FileProblems.Damaged(
                "The file is a damaged or incomplete zip archive (a .docx is one), so it cannot be read: save it again and upload the new copy.");
        }

        using (zip)
        {
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return;
            }

            var what = zip switch
            {
                _ when IsOpenDocumentText(zip) => "an OpenDocument text (.odt) file, which is not supported: save it as .docx or PDF and upload again.",
                _ when zip.GetEntry("xl/workbook.xml") is not null => "an Excel workbook (.xlsx), not a resume document: upload the resume as a PDF or DOCX.",
                _ when zip.GetEntry("ppt/presentation.xml") is not null => "a PowerPoint presentation (.pptx), not a resume document: upload the resume as a PDF or DOCX.",
                _ when zip.GetEntry("mimetype") is not null => "an OpenDocument or e-book archive, which is not supported: save it as .docx or PDF and upload again.",
                _ => "a zip archive that is not a Word document: upload the resume as a PDF or DOCX.",
            };
            throw FileProblems.Unsupported("The file is " + what);
        }
    }

    private static bool IsOpenDocumentText(ZipArchive zip)
    {
        var mimetype = zip.GetEntry("mimetype");
        if (mimetype is null || mimetype.Length > 256)
        {
            return false;
        }
        using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim().StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal);
    }


    private static ProblemException SniffOle(ReadOnlySpan<byte> content)
    {
        // Compound files name their streams in UTF-16; an encrypted .docx is a compound file with an EncryptedPackage.
        if (content.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
        {
            return FileProblems.PasswordProtected(
                "The Word document is password-protected: remove the password (File > Info > Protect Document) and upload it again.");
        }
        var what = content.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0
            ? "a legacy Word .doc file, which is not supported: save it as .docx or PDF and upload again."
            : "a legacy Microsoft Office (OLE) file, which is not supported: save it as .docx or PDF and upload again.";
        return FileProblems.Unsupported("The file is " + what);
    }

    /// <summary>Names what a file that is neither PDF nor a zip looks like, for the 415 message.</summary>
    private static string Describe(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngMagic))
        {
            return "The file is a PNG image";
        }
        if (content.StartsWith(JpegMagic))
        {
            return "The file is a JPEG image";
        }
        if (content.StartsWith("GIF8"u8))
        {
            return "The file is a GIF image";
        }
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return "The file is a TIFF image";
        }
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "The file is a WebP image";
        }
        if (content.StartsWith("{\\rtf"u8))
        {
            return "The file is a Rich Text (.rtf) document";
        }

        var head = content[..Math.Min(content.Length, 4096)];
        if (!LooksLikeText(head))
        {
            return "The file is not a recognised document (its content matches no known format)";
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return "The file is a web page (HTML)";
        }
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith('<'))
        {
            return "The file is an XML document";
        }
        return "The file is plain text";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }
        return control * 100 <= head.Length && Utf8Prefix(head);
    }

    // A cut multi-byte sequence at the end of the window is fine; invalid bytes elsewhere mean binary.
    private static bool Utf8Prefix(ReadOnlySpan<byte> head)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(head, new char[head.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && read >= head.Length - 3;
    }
}
