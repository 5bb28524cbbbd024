using CareerCraft.Contracts;
using System.Diagnostics;
using CareerCraft.Ml.Extraction;
using CareerCraft.Ml.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>
/// The reader that runs inside an extraction worker, here in the test's process with non-default limits, and the
/// zip-bomb guard measured on this thread. The worker pool's own limits are in <see cref="WorkerIsolationTests"/>.
/// </summary>
public sealed class ExtractorLimitsTests
{
    private static ResumeFileReader Create(ExtractionOptions options, OcrOptions? ocr = null) =>
        new(options, new OcrEngine(Options.Create(ocr ?? new OcrOptions()), NullLogger<OcrEngine>.Instance), NullLogger.Instance);

    private static Task<ExtractTextResponse> ReadAsync(ResumeFileReader reader, byte[] file, string fileName) =>
        Task.Run(() => reader.Read(ResumeFileSniffer.Sniff(file), file, fileName));

    [Fact]
    public async Task Pages_past_the_cap_are_left_out_with_a_warning()
    {
        var extractor = Create(new ExtractionOptions { MaxPages = 2 });
        var result = await ReadAsync(extractor, CorpusExpectations.Read("pdf/rm_Prashant_Bhat.pdf"), "long.pdf");
        Assert.Equal(11, result.PageCount);
        Assert.Contains("Only the first 2 of 11 pages were read.", result.Warnings);
        Assert.Contains("Prashant Bhat", result.Text);
    }

    [Fact]
    public async Task Text_past_the_character_cap_is_cut_with_a_warning()
    {
        var extractor = Create(new ExtractionOptions { MaxCharacters = 1_000 });
        var result = await ReadAsync(extractor, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");
        Assert.Equal(1_000, result.Text.Length);
        Assert.Contains(result.Warnings, w => w.Contains("cut at 1,000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scan_without_tesseract_is_a_422_no_text_layer_that_says_so()
    {
        var extractor = Create(new ExtractionOptions(), new OcrOptions { LibraryPath = "/nonexistent/libtesseract.so.5" });
        var error = await Assert.ThrowsAsync<ProblemException>(() =>
            ReadAsync(extractor, CorpusExpectations.Read("pdf/scan_rm_harvey_dent_mle.pdf"), "scan.pdf"));
        Assert.Equal(422, error.StatusCode);
        Assert.Equal(ProblemTypes.NoTextLayer, error.ProblemType);
        Assert.Contains("OCR is not available", error.Message);
        Assert.Contains("/nonexistent/libtesseract.so.5", error.Message);
    }

    [Fact]
    public async Task Ocr_turned_off_in_configuration_is_named_too()
    {
        var extractor = Create(new ExtractionOptions(), new OcrOptions { Enabled = false });
        var error = await Assert.ThrowsAsync<ProblemException>(() =>
            ReadAsync(extractor, CorpusExpectations.Read("pdf/scan_sync_FlowCV.pdf"), "scan.pdf"));
        Assert.Equal(ProblemTypes.NoTextLayer, error.ProblemType);
        Assert.Contains("turned off", error.Message);
    }

    [Theory]
    [InlineData("bad/bomb_paras_250MB.docx")]
    [InlineData("bad/bomb_onetext_1GB.docx")]
    public void Zip_bombs_are_refused_without_decompressing_them(string file)
    {
        var bomb = CorpusExpectations.Read(file);
        var reader = new DocxTextExtractor(new ExtractionOptions(), NullLogger.Instance);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ProblemException>(() => reader.Extract(bomb, CancellationToken.None));

        // Allocation, not wall time, is the proof (a clock in a test on a busy machine measures the machine): a few MB
        // means the entries' sizes were judged from the zip's directory and nothing was inflated.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal(ProblemTypes.DamagedFile, error.ProblemType);
        Assert.Contains("zip bomb", error.Message);
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_bomb_that_lies_about_its_sizes_is_stopped_by_the_part_character_cap()
    {
        // With the declared-size checks out of the way (limits far above the bomb), OpenXml's MaxCharactersInPart is the backstop.
        var reader = new DocxTextExtractor(
            new ExtractionOptions { MaxDocxUncompressedBytes = 1024L * 1024 * 1024, MaxDocxCompressionRatio = 100_000, MaxCharactersInPart = 1_000_000 },
            NullLogger.Instance);
        var error = Assert.Throws<ProblemException>(() => reader.Extract(CorpusExpectations.Read("bad/bomb_paras_250MB.docx"), CancellationToken.None));
        Assert.Equal(ProblemTypes.DamagedFile, error.ProblemType);
    }
}
