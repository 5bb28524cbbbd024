using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.Extraction;

/// <summary>Limits of resume text extraction (configuration section <c>Ml:Extraction</c>).</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Ml:Extraction";

    /// <summary>Largest upload accepted (DESIGN.md section 3: 5 MB).</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Pages read from a PDF; a resume longer than this keeps its first pages and gets a warning.</summary>
    [Range(1, 1_000)]
    public int MaxPages { get; set; } = 20;

    /// <summary>Image-only pages sent to OCR (about 2 s each on one core).</summary>
    [Range(0, 1_000)]
    public int MaxOcrPages { get; set; } = 5;

    /// <summary>Characters kept in the answer; longer text is cut with a warning.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxCharacters { get; set; } = 200_000;

    /// <summary>Layout lines kept in the answer (a dense two-page resume has about 150); the rest are cut.</summary>
    [Range(100, 100_000)]
    public int MaxLayoutLines { get; set; } = 4_000;

    /// <summary>Sum of the declared uncompressed sizes of a DOCX's zip entries, checked before parsing.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxDocxUncompressedBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Largest declared compression ratio of one zip entry; ordinary Word XML stays well under 50.</summary>
    [Range(2, 100_000)]
    public int MaxDocxCompressionRatio { get; set; } = 200;

    /// <summary>Characters OpenXml reads from one part, the backstop when a zip lies about its sizes.</summary>
    [Range(1024, 1_000_000_000)]
    public long MaxCharactersInPart { get; set; } = 10_000_000;

    /// <summary>Element nesting a DOCX part may have; Word's own files stay under a few dozen levels.</summary>
    [Range(16, 10_000)]
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>Dictionary and array nesting a PDF may have outside its streams; real files nest a handful of levels.</summary>
    [Range(16, 10_000)]
    public int MaxPdfNesting { get; set; } = 256;

    /// <summary>
    /// Pixels (width x height, as the PDF declares them) of a page image sent to OCR: 600 dpi on A4 is 35 million.
    /// Larger images are not decoded, so an image that inflates from almost nothing cannot take the memory.
    /// </summary>
    [Range(1_000_000, 1_000_000_000)]
    public long MaxOcrImagePixels { get; set; } = 40_000_000;

    /// <summary>
    /// Wall-clock budget of one extraction; pages after it are skipped with a warning. A file still inside one page
    /// after this and <see cref="Workers.ExtractionWorkerOptions.KillGrace"/> has its worker killed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Extractions running at once, one worker process each; more wait. 0 = the core count, at most 4 (CPU-bound work,
    /// and each worker holds its share of the workers' memory).
    /// </summary>
    [Range(0, 256)]
    public int MaxConcurrency { get; set; }

    /// <summary>Extractions allowed to wait for a slot before the service answers 503.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 64;
}

/// <summary>Tesseract OCR for image-only PDF pages.</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ml:Extraction:Ocr";

    public bool Enabled { get; set; } = true;

    /// <summary>The libtesseract shared library: a file path, or a name the loader searches for.</summary>
    [Required]
    public string LibraryPath { get; set; } = "libtesseract.so.5";

    /// <summary>Leptonica, which decodes the page images for Tesseract.</summary>
    [Required]
    public string LeptonicaPath { get; set; } = "liblept.so.5";

    [Required]
    public string TessdataPath { get; set; } = "/usr/share/tesseract-ocr/5/tessdata";

    [Required]
    public string Language { get; set; } = "eng";
}
