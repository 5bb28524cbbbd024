using CareerCraft.Contracts;
using CareerCraft.Ml.Infrastructure;

namespace CareerCraft.Ml.Extraction;

/// <summary>The file-caused failures, so every path words the same problem the same way.</summary>
public static class ExtractionErrors
{
    public static ExtractionException TooLarge(long limitBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.FileTooLarge,
        "File too large",
        $"The file is larger than the {FormatSize(limitBytes)} limit; upload a smaller PDF or DOCX.");

    public static ExtractionException FieldsTooLarge(long limitBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.FileTooLarge,
        "Form too large",
        $"The form's text fields are larger than {FormatSize(limitBytes)} together; shorten them.");

    public static ExtractionException Unsupported(string whatItLooksLike) => new(
        StatusCodes.Status415UnsupportedMediaType,
        ProblemTypes.UnsupportedFormat,
        "Unsupported file format",
        whatItLooksLike);

    public static ExtractionException PasswordProtected(
        string detail = "The PDF needs a password to open; remove the password (or print it to a new PDF) and upload it again.") => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.PasswordProtected,
        "Password-protected file",
        detail);

    public static ExtractionException Damaged(string detail) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.DamagedFile,
        "Damaged file",
        detail);

    /// <summary>
    /// The file went past a limit no resume comes near (nesting depth, image size, memory, time) or stopped the reader;
    /// the detail says which, without guessing whether it was malice or damage.
    /// </summary>
    public static ExtractionException TooComplex(string why) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.TooComplex,
        "File too complex",
        $"The file could not be read: {why}. Export it again from your word processor (or print it to a new PDF) and upload the new copy.");

    public static ExtractionException NoTextLayer(string detail) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.NoTextLayer,
        "No text layer",
        detail);

    public static ExtractionException NotMultipart(string fieldName) => new(
        StatusCodes.Status415UnsupportedMediaType,
        ProblemTypes.UnsupportedFormat,
        "Expected a file upload",
        $"Send the resume as multipart/form-data with the file in the field '{fieldName}'.");

    public static ExtractionException InvalidUpload(string detail) => new(
        StatusCodes.Status400BadRequest,
        ProblemTypes.InvalidInput,
        "Invalid upload",
        detail);

    public static ExtractionException Overloaded() => new(
        StatusCodes.Status503ServiceUnavailable,
        ProblemTypes.Overloaded,
        "Service busy",
        "Too many files are being read right now; try again in a moment.");

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
