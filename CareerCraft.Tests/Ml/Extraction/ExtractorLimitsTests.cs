using System.Diagnostics;
using CareerCraft.Ml.Extraction;
using CareerCraft.Ml.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>The extractor in process with non-default limits, and the zip-bomb guard measured on this thread.</summary>
public sealed class ExtractorLimitsTests
{
    private static ResumeTextExtractor Create(ExtractionOptions options, OcrOptions? ocr = null) =>
        new(Options.Create(options), new OcrEngine(Options.Create(ocr ?? new OcrOptions()), NullLogger<OcrEngine>.Instance),
            NullLogger<ResumeTextExtractor>.Instance);

    [Fact]
    public async Task Pages_past_the_cap_are_left_out_with_a_warning()
    {
        using var extractor = Create(new ExtractionOptions { MaxPages = 2 });
        var result = await extractor.ExtractAsync(CorpusExpectations.Read("pdf/rm_Prashant_Bhat.pdf"), "long.pdf");
        Assert.Equal(11, result.PageCount);
        Assert.Contains("Only the first 2 of 11 pages were read.", result.Warnings);
        Assert.Contains("Prashant Bhat", result.Text);
    }

    [Fact]
    public async Task Text_past_the_character_cap_is_cut_with_a_warning()
    {
        using var extractor = Create(new ExtractionOptions { MaxCharacters = 1_000 });
        var result = await extractor.ExtractAsync(CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");
        Assert.Equal(1_000, result.Text.Length);
        Assert.Contains(result.Warnings, w => w.Contains("cut at 1,000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scan_without_tesseract_is_a_422_no_text_layer_that_says_so()
    {
        using var extractor = Create(new ExtractionOptions(), new OcrOptions { LibraryPath = "/nonexistent/libtesseract.so.5" });
        var error = await Assert.ThrowsAsync<ExtractionException>(() =>
            extractor.ExtractAsync(CorpusExpectations.Read("pdf/scan_rm_harvey_dent_mle.pdf"), "scan.pdf"));
        Assert.Equal(422, error.StatusCode);
        Assert.Equal(ProblemTypes.NoTextLayer, error.ProblemType);
        Assert.Contains("OCR is not available", error.Message);
        Assert.Contains("/nonexistent/libtesseract.so.5", error.Message);
    }

    [Fact]
    public async Task Ocr_turned_off_in_configuration_is_named_too()
    {
        using var extractor = Create(new ExtractionOptions(), new OcrOptions { Enabled = false });
        var error = await Assert.ThrowsAsync<ExtractionException>(() =>
            extractor.ExtractAsync(CorpusExpectations.Read("pdf/scan_sync_FlowCV.pdf"), "scan.pdf"));
        Assert.Equal(ProblemTypes.NoTextLayer, error.ProblemType);
        Assert.Contains("turned off", error.Message);
    }

    [Fact]
    public async Task The_size_limit_holds_for_direct_callers_too()
    {
        using var extractor = Create(new ExtractionOptions { MaxFileBytes = 1024 });
        var error = await Assert.ThrowsAsync<ExtractionException>(() =>
            extractor.ExtractAsync(CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf"));
        Assert.Equal(413, error.StatusCode);
        Assert.Equal(ProblemTypes.FileTooLarge, error.ProblemType);
    }

    [Fact]
    public async Task Uploads_beyond_the_concurrency_and_queue_limits_get_503()
    {
        using var extractor = Create(new ExtractionOptions { MaxConcurrency = 1, QueueLimit = 0 });
        var pdf = CorpusExpectations.Read("pdf/rm_Prashant_Bhat.pdf");
        // The first call takes its slot before it first yields, so the second finds none free and no room to wait.
        var first = extractor.ExtractAsync(pdf, "first.pdf");
        var error = await Assert.ThrowsAsync<ExtractionException>(() => extractor.ExtractAsync(pdf, "second.pdf"));
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(ProblemTypes.Overloaded, error.ProblemType);

        Assert.Equal(11, (await first).PageCount);
        // Once the first is done the slot is free again.
        Assert.Equal(11, (await extractor.ExtractAsync(pdf, "third.pdf")).PageCount);
    }

    [Theory]
    [InlineData("bad/bomb_paras_250MB.docx")]
    [InlineData("bad/bomb_onetext_1GB.docx")]
    public void Zip_bombs_are_refused_without_decompressing_them(string file)
    {
        var bomb = CorpusExpectations.Read(file);
        var reader = new DocxTextExtractor(new ExtractionOptions(), NullLogger.Instance);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ExtractionException>(() => reader.Extract(bomb, CancellationToken.None));

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
        var error = Assert.Throws<ExtractionException>(() => reader.Extract(CorpusExpectations.Read("bad/bomb_paras_250MB.docx"), CancellationToken.None));
        Assert.Equal(ProblemTypes.DamagedFile, error.ProblemType);
    }
}
