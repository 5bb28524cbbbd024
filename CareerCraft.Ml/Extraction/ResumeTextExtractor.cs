using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Sniffs the format, reads the file on a worker (PDF parsing and OCR are CPU-bound: they must not hold request
/// threads) with at most <see cref="ExtractionOptions.MaxConcurrency"/> extractions at once, normalises the text and
/// applies the caps. The time budget ends reading between pages; a file stuck inside one page is abandoned.
/// </summary>
public sealed class ResumeTextExtractor : IResumeTextExtractor, IDisposable
{
    // Past the budget, a page already being read gets this long to finish before the request gives up on it.
    private static readonly TimeSpan AbandonGrace = TimeSpan.FromSeconds(5);

    private readonly ExtractionOptions _options;
    private readonly PdfTextExtractor _pdf;
    private readonly DocxTextExtractor _docx;
    private readonly ILogger<ResumeTextExtractor> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly int _maxInFlight;
    private int _inFlight;

    public ResumeTextExtractor(IOptions<ExtractionOptions> options, OcrEngine ocr, ILogger<ResumeTextExtractor> logger)
    {
        _options = options.Value;
        _logger = logger;
        _pdf = new PdfTextExtractor(_options, ocr, logger);
        _docx = new DocxTextExtractor(_options, logger);
        var concurrency = _options.MaxConcurrency > 0 ? _options.MaxConcurrency : Environment.ProcessorCount;
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _maxInFlight = concurrency + _options.QueueLimit;
    }

    public async Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length > _options.MaxFileBytes)
        {
            throw ExtractionErrors.TooLarge(_options.MaxFileBytes);
        }
        var format = FormatSniffer.Sniff(content);

        if (Interlocked.Increment(ref _inFlight) > _maxInFlight)
        {
            Interlocked.Decrement(ref _inFlight);
            throw ExtractionErrors.Overloaded();
        }
        try
        {
            if (!await _slots.WaitAsync(_options.TimeBudget, cancellationToken))
            {
                throw ExtractionErrors.Overloaded();
            }
            var deadline = Deadline.Start(_options.TimeBudget);
            var work = Task.Run(() => Extract(format, content, fileName, deadline, cancellationToken), cancellationToken);
            // The slot is freed when the work really ends, even when this request stopped waiting for it.
            _ = work.ContinueWith(static (_, slots) => ((SemaphoreSlim)slots!).Release(), _slots, TaskScheduler.Default);
            try
            {
                return await work.WaitAsync(_options.TimeBudget + AbandonGrace, cancellationToken);
            }
            catch (TimeoutException)
            {
                _logger.LogWarning("Extraction of a {Format} file exceeded its {Budget} budget and was abandoned", format, _options.TimeBudget);
                throw ExtractionErrors.Damaged(
                    $"Reading the file took longer than the {_options.TimeBudget.TotalSeconds:0} s limit; it may be damaged or unusually complex. Export it again and upload the new copy.");
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private ExtractionResult Extract(ResumeFormat format, ReadOnlyMemory<byte> content, string fileName, Deadline deadline, CancellationToken cancellationToken)
    {
        var document = format switch
        {
            ResumeFormat.Pdf => _pdf.Extract(content, deadline, cancellationToken),
            ResumeFormat.Docx => _docx.Extract(content, cancellationToken),
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
        if (text.Length > _options.MaxCharacters)
        {
            text = text[.._options.MaxCharacters];
            warnings.Add($"The text was cut at {_options.MaxCharacters:N0} characters.");
        }
        return new ExtractionResult(fileName, format.ToContractName(), document.PageCount, text, document.Ocr, warnings);
    }

    /// <summary>Runs both PDF reading paths once so their code is compiled before the first upload.</summary>
    internal void WarmUp(ReadOnlyMemory<byte> pdf) => _pdf.WarmUp(pdf);

    public void Dispose() => _slots.Dispose();
}
