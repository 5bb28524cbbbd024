using CareerCraft.Ml.Extraction.Layout;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Reads one file of a known format into the contract's answer: the format's reader, shared normalisation and the
/// character cap. It parses untrusted bytes, so the service runs it only inside an extraction worker process
/// (<see cref="Workers.ExtractionWorkerPool"/>); the benchmarks call it directly to show what isolation costs.
/// </summary>
internal sealed class ResumeFileReader(ExtractionOptions options, OcrEngine ocr, ILogger logger)
{
    private readonly PdfTextExtractor _pdf = new(options, ocr, logger);
    private readonly DocxTextExtractor _docx = new(options, logger);

    public ExtractTextResponse Read(ResumeFormat format, ReadOnlyMemory<byte> content, string fileName)
    {
        var deadline = Deadline.Start(options.TimeBudget);
        var document = format switch
        {
            ResumeFormat.Pdf => _pdf.Extract(content, deadline, CancellationToken.None),
            ResumeFormat.Docx => _docx.Extract(content, CancellationToken.None),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

        var text = TextNormalizer.Normalize(document.Text);
        var warnings = document.Warnings.ToList();
        if (text.Length == 0)
        {
            throw format == ResumeFormat.Pdf
                ? ExtractionErrors.NoTextLayer("The PDF contains no readable text.")
                : ExtractionErrors.NoTextLayer("The Word document contains no text.");
        }
        if (text.Length > options.MaxCharacters)
        {
            text = text[..options.MaxCharacters];
            warnings.Add($"The text was cut at {options.MaxCharacters:N0} characters.");
        }
        var layout = document.Lines is { } lines ? LayoutLines.Normalize(lines, options.MaxLayoutLines, options.MaxCharacters) : null;
        return new ExtractTextResponse(fileName, format.ToContractName(), document.PageCount, text, document.Ocr, warnings, layout);
    }

    /// <summary>Runs both PDF reading paths so their code is compiled before the first file.</summary>
    public void WarmUp(ReadOnlyMemory<byte> pdf) => _pdf.WarmUp(pdf);
}
