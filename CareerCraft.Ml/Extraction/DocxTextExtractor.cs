using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// DOCX text (DESIGN.md section 7): headers, body, footers, in that order. The zip's declared sizes are checked before
/// anything is decompressed, and OpenXml reads each part with a character cap, so zip bombs are refused cheaply; every
/// XML part's nesting depth is measured by a streaming reader before OpenXml, whose loader recurses per level, sees it.
/// </summary>
internal sealed class DocxTextExtractor(ExtractionOptions options, ILogger logger)
{
    private const int MaxZipEntries = 10_000;

    // Below this size a high ratio is harmless (a short, repetitive XML part compresses well).
    private const long RatioCheckFloorBytes = 1024 * 1024;

    public ExtractedDocument Extract(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ResumeFileSniffer.ConfirmDocx(content);
        CheckDeclaredSizes(content);

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(MemoryStreams.ReadOnly(content), false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxCharactersInPart,
            });
        }
        catch (Exception ex) when (IsDamagedPackage(ex))
        {
            logger.LogInformation("DOCX could not be opened: {ExceptionType}: {Message}", ex.GetType().Name, ex.Message);
            throw FileProblems.Damaged("The Word document is damaged and could not be opened: save it again and upload the new copy.");
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart
                    ?? throw FileProblems.Damaged("The file is a zip archive without a Word main document, so it is not a readable .docx.");
                var written = new DocxTextWriter(main, cancellationToken).Write();
                return new ExtractedDocument(PageCount(document), written.Text, Ocr: false, Warnings: [], written.Lines);
            }
            catch (Exception ex) when (IsDamagedPackage(ex))
            {
                logger.LogInformation("DOCX could not be read: {ExceptionType}: {Message}", ex.GetType().Name, ex.Message);
                throw FileProblems.Damaged(
                    "The Word document is damaged or larger than the service reads, and could not be read: save it again and upload the new copy.");
            }
        }
    }

    private static bool IsDamagedPackage(Exception ex) =>
        ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or ArgumentException or NotSupportedException or UriFormatException;

    /// <summary>
    /// Refuses archives whose central directory already says they unpack to too much, before any decompression
    /// (the bombs in corpus/bad declare 240 MB and 1 GB in under 1 MB).
    /// </summary>
    private void CheckDeclaredSizes(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(MemoryStreams.ReadOnly(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                throw FileProblems.Damaged($"The Word document holds {zip.Entries.Count} files, more than a resume can; it was not opened.");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var suspiciousRatio = entry.Length > RatioCheckFloorBytes
                    && entry.Length > (long)options.MaxDocxCompressionRatio * Math.Max(entry.CompressedLength, 1);
                if (suspiciousRatio)
                {
                    throw ZipBomb($"its part {entry.FullName} expands {entry.Length / Math.Max(entry.CompressedLength, 1)} times");
                }
            }
            if (total > options.MaxDocxUncompressedBytes)
            {
                throw ZipBomb($"it unpacks to {FileProblems.FormatSize(total)}, more than the {FileProblems.FormatSize(options.MaxDocxUncompressedBytes)} a resume can use");
            }
            foreach (var entry in zip.Entries.Where(IsXmlPart))
            {
                XmlDepthCheck.Check(entry, options.MaxXmlDepth);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            throw FileProblems.Damaged(
                "The file is a damaged or incomplete zip archive (a .docx is one), so it cannot be read: save it again and upload the new copy.");
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static ProblemException ZipBomb(string why) =>
        FileProblems.Damaged($"The Word document was not opened: {why}, which is how zip bombs look.");

    private static int PageCount(WordprocessingDocument document)
    {
        // Word records the page count of its last layout in docProps/app.xml; without layout there are no pages to count.
        var pages = document.ExtendedFilePropertiesPart?.Properties?.Pages?.Text;
        return int.TryParse(pages, out var count) && count > 0 ? count : 1;
    }
}
