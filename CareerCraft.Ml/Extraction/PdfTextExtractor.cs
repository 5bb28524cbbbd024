using System.Text;
using CareerCraft.Ml.Extraction.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// PDF text in reading order (DESIGN.md section 7): per page the content-stream order, which keeps columns together
/// because generators draw them one after the other; where that order lost word spaces (some generators draw no
/// space characters), Docstrum blocks ordered by the unsupervised reading-order detector. Image-only pages go to OCR.
/// </summary>
internal sealed class PdfTextExtractor(ExtractionOptions options, OcrEngine ocr, ILogger logger)
{
    // Content order is trusted while it keeps at least this share of the words PdfPig finds by letter geometry.
    private const double ContentOrderWordShare = 0.9;

    // A fresh instance per document: ParsingOptions is mutable and PdfPig does not promise to leave it alone.
    private static ParsingOptions Parsing() => new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
        ClipPaths = false,
    };

    public ExtractedDocument Extract(ReadOnlyMemory<byte> content, Deadline deadline, CancellationToken cancellationToken)
    {
        PdfNestingCheck.Check(content.Span, options.MaxPdfNesting);
        PdfDocument? document = null;
        int pageCount;
        try
        {
            document = PdfDocument.Open(content, Parsing());
            pageCount = document.NumberOfPages;
        }
        catch (PdfDocumentEncryptedException)
        {
            document?.Dispose();
            throw FileProblems.PasswordProtected();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            document?.Dispose();
            // PdfPig reports broken structure with many exception types (format, index, cast, argument...).
            logger.LogInformation("PDF could not be opened: {ExceptionType}: {Message}", ex.GetType().Name, ex.Message);
            throw FileProblems.Damaged(
                "The PDF is damaged or incomplete and could not be opened: export or download it again and upload the new copy.");
        }

        using (document)
        {
            return ReadPages(document, pageCount, deadline, cancellationToken);
        }
    }

    private ExtractedDocument ReadPages(PdfDocument document, int pageCount, Deadline deadline, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var text = new StringBuilder();
        var pagesToRead = Math.Min(pageCount, options.MaxPages);
        if (pageCount > pagesToRead)
        {
            warnings.Add($"Only the first {pagesToRead} of {pageCount} pages were read.");
        }

        List<LayoutLine>? layout = [];
        int failedPages = 0, imagePages = 0, ocrPages = 0, skippedImagePages = 0, oversizedImagePages = 0;
        for (var number = 1; number <= pagesToRead; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (deadline.Passed)
            {
                warnings.Add($"Reading stopped after page {number - 1} of {pageCount}: the {deadline.Budget.TotalSeconds:0} s time limit was reached.");
                break;
            }

            string pageText;
            try
            {
                var page = document.GetPage(number);
                if (page.Letters.Count > 0)
                {
                    pageText = ReadTextPage(page, firstPage: number == 1);
                    if (layout is not null)
                    {
                        if (PdfLineBuilder.TryBuild(page, number, logger) is { } pageLines)
                        {
                            layout.AddRange(pageLines);
                        }
                        else
                        {
                            layout = null;
                        }
                    }
                }
                else if (!HasImage(page))
                {
                    continue;
                }
                else
                {
                    imagePages++;
                    if (!ocr.IsAvailable || ocrPages >= options.MaxOcrPages)
                    {
                        skippedImagePages++;
                        continue;
                    }
                    var image = LargestImage(page);
                    var pixels = (long)image.WidthInSamples * image.HeightInSamples;
                    if (pixels > options.MaxOcrImagePixels)
                    {
                        // Judged from the image's declared size, before a byte of it is inflated.
                        oversizedImagePages++;
                        warnings.Add($"Page {number}'s image ({image.WidthInSamples:N0} x {image.HeightInSamples:N0} pixels) is larger than OCR reads and was skipped.");
                        continue;
                    }
                    ocrPages++;
                    pageText = ReadImagePage(image);
                    layout = null;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not ProblemException)
            {
                // A truncated file often breaks only its later pages (IndexOutOfRange and friends): keep the rest.
                logger.LogInformation("PDF page {Page} could not be read: {ExceptionType}: {Message}", number, ex.GetType().Name, ex.Message);
                failedPages++;
                warnings.Add($"Page {number} could not be read (the file may be damaged) and was skipped.");
                continue;
            }

            if (!string.IsNullOrWhiteSpace(pageText))
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }
                text.Append(pageText);
            }
        }

        if (skippedImagePages > 0 && text.Length > 0)
        {
            warnings.Add(ocr.IsAvailable
                ? $"{skippedImagePages} scanned page(s) beyond the OCR limit of {options.MaxOcrPages} were skipped."
                : $"{skippedImagePages} scanned page(s) were skipped: OCR is not available ({ocr.UnavailableReason}).");
        }
        if (ocrPages > 0)
        {
            warnings.Add($"{ocrPages} page(s) had no text layer and were read with OCR; check names, numbers and addresses.");
        }

        if (text.Length == 0)
        {
            throw oversizedImagePages > 0 && ocrPages == 0
                ? ExtractionErrors.TooComplex($"its page images are larger than the {options.MaxOcrImagePixels / 1_000_000:N0} million pixels a scanned page needs")
                : NothingRead(failedPages, imagePages, ocrPages);
        }
        return new ExtractedDocument(pageCount, text.ToString(), ocrPages > 0, warnings, layout);
    }

    private ProblemException NothingRead(int failedPages, int imagePages, int ocrPages)
    {
        if (imagePages > 0 && ocrPages == 0)
        {
            return ExtractionErrors.NoTextLayer(
                $"The PDF has no text layer (it looks like a scan) and OCR is not available on this server: {ocr.UnavailableReason}. " +
                "Upload the PDF your word processor exports, or a DOCX.");
        }
        if (ocrPages > 0)
        {
            return ExtractionErrors.NoTextLayer("The PDF has no text layer and OCR found no readable text on its pages.");
        }
        if (failedPages > 0)
        {
            return FileProblems.Damaged(
                "No page of the PDF could be read: the file is damaged or incomplete. Export or download it again and upload the new copy.");
        }
        return ExtractionErrors.NoTextLayer("The PDF contains no text.");
    }

    /// <summary>The hybrid of DESIGN.md section 7 for one page with a text layer.</summary>
    public static string ReadTextPage(Page page, bool firstPage)
    {
        var contentOrder = ContentOrderTextExtractor.GetText(page);
        var words = page.GetWords().ToList();
        if (CountWords(contentOrder) < ContentOrderWordShare * words.Count)
        {
            return ReadByLayout(page);
        }
        return firstPage ? HeadlineFirst(contentOrder, words, page.Height) : contentOrder;
    }

    /// <summary>
    /// Some templates draw the header (the candidate's name, in the page's largest type at the top) after the body,
    /// so content order puts the name last. The largest-type line at the top of the first page moves to the front;
    /// everything else keeps content order.
    /// </summary>
    private static string HeadlineFirst(string text, List<Word> words, double pageHeight)
    {
        if (words.Count == 0)
        {
            return text;
        }
        var sizes = words.Select(w => w.Letters.Max(l => l.PointSize)).ToList();
        var largest = sizes.Max();
        var median = sizes.Order().ElementAt(sizes.Count / 2);
        if (largest < HeadlineSizeRatio * median)
        {
            return text;
        }
        var headline = string.Join(' ', words
            .Where((w, i) => sizes[i] >= 0.95 * largest && w.BoundingBox.Bottom >= pageHeight * (1 - HeadlineTopShare))
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
            .ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text));
        var at = headline.Length == 0 ? -1 : text.IndexOf(headline, StringComparison.Ordinal);
        if (at <= text.Length * HeadlineTopShare)
        {
            return text;
        }
        return headline + "\n" + text.Remove(at, headline.Length);
    }

    // The headline is at least this much larger than the median word, and sits in this top share of the page.
    private const double HeadlineSizeRatio = 1.4;
    private const double HeadlineTopShare = 0.2;

    /// <summary>
    /// Docstrum blocks in unsupervised reading order: slower, but finds words from letter gaps alone. PdfPig's two word
    /// extractors fail on different words (one glues words on tight lines, the other splits letter-spaced headings),
    /// so the page uses whichever of them, or of their union of word breaks, yields the most word-like tokens.
    /// </summary>
    public static string ReadByLayout(Page page)
    {
        var byGaps = page.GetWords().ToList();
        var byNeighbours = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        var words = new[] { byGaps, byNeighbours, BreakWhereEither(byGaps, byNeighbours) }.MaxBy(WordLikeScore)!;
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        return string.Join("\n\n", ordered.Select(block => block.Text));
    }

    /// <summary>The words of <paramref name="words"/>, split again wherever <paramref name="other"/> starts a word.</summary>
    private static List<Word> BreakWhereEither(List<Word> words, List<Word> other)
    {
        var starts = new HashSet<Letter>(other.Select(w => w.Letters[0]), ReferenceEqualityComparer.Instance);
        var result = new List<Word>(words.Count);
        foreach (var word in words)
        {
            var run = new List<Letter>();
            foreach (var letter in word.Letters)
            {
                if (run.Count > 0 && starts.Contains(letter))
                {
                    result.Add(new Word(run));
                    run = [];
                }
                run.Add(letter);
            }
            if (run.Count > 0)
            {
                result.Add(new Word(run));
            }
        }
        return result;
    }

    // Glued words come out long and split ones as single letters; ordinary words are neither.
    private static int WordLikeScore(List<Word> words) =>
        words.Count(w => w.Text.Length is >= 2 and < 12) - words.Count(w => w.Text.Length == 1);

    /// <summary>Reads every page of <paramref name="pdf"/> by both paths (used at start-up).</summary>
    public void WarmUp(ReadOnlyMemory<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf, Parsing());
        foreach (var page in document.GetPages())
        {
            _ = ReadTextPage(page, firstPage: true);
            _ = ReadByLayout(page);
            _ = PdfLineBuilder.Build(page, 1);
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }
            inWord = !isSpace;
        }
        return count;
    }

    private static bool HasImage(Page page) => page.GetImages().Any();

    // A scan is one image covering the page; when there are several, the largest carries the text.
    private static IPdfImage LargestImage(Page page) => page.GetImages().MaxBy(i => (long)i.WidthInSamples * i.HeightInSamples)!;

    private string ReadImagePage(IPdfImage image)
    {
        var encoded = image.TryGetPng(out var png) ? png : image.RawMemory.ToArray();
        var widthInches = Math.Max(image.BoundingBox.Width, 1) / 72.0;
        var dpi = (int)Math.Round(image.WidthInSamples / widthInches);
        return ocr.Recognise(encoded, dpi).Text;
    }
}
