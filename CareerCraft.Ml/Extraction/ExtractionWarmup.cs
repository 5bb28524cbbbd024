using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Compiles the PDF reading paths and loads the OCR model before the service takes traffic: without it the first
/// upload pays about 2 s of JIT and font-table set-up.
/// </summary>
internal sealed class ExtractionWarmup(ResumeTextExtractor extractor, OcrEngine ocr, ILogger<ExtractionWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await Task.Run(() =>
        {
            extractor.WarmUp(TwoColumnPdf());
            ocr.EnsureInitialised();
        }, cancellationToken);
        logger.LogInformation("Extraction warmed up in {Elapsed} ms (OCR {Ocr})",
            (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds,
            ocr.UnavailableReason is null ? "ready" : "unavailable");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A small two-column page, so both the content-order and the layout path have real work.</summary>
    private static byte[] TwoColumnPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var line = 0; line < 12; line++)
        {
            var y = 780 - line * 16;
            page.AddText($"Experience line {line} in the left column", 10, new PdfPoint(40, y), font);
            page.AddText($"Skills line {line} on the right", 10, new PdfPoint(320, y), font);
        }
        return builder.Build();
    }
}
