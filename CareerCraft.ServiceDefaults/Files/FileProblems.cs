using CareerCraft.Contracts;
using Microsoft.AspNetCore.Http;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>The upload and file-format failures, worded once for the backend and the ML service alike.</summary>
public static class FileProblems
{
    public static ProblemException TooLarge(long limitBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.FileTooLarge,
        "File too large",
        $"The file is larger than the {FormatSize(limitBytes)} limit; upload a smaller PDF or DOCX.");

    public static ProblemException FieldsTooLarge(long limitBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.FileTooLarge,
        "Form too large",
        $"The form's text fields are larger than {FormatSize(limitBytes)} together; shorten them.");

    public static ProblemException Unsupported(string whatItLooksLike) => new(
        StatusCodes.Status415UnsupportedMediaType,
        ProblemTypes.UnsupportedFormat,
        "Unsupported file format",
        whatItLooksLike);

    public static ProblemException PasswordProtected(
        string detail = "The PDF needs a password to open; remove the password (or print it to a new PDF) and upload it again.") => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.PasswordProtected,
        "Password-protected file",
        detail);

    public static ProblemException Damaged(string detail) => new(
        StatusCodes.Status422UnprocessableEntity,
        ProblemTypes.DamagedFile,
        "Damaged file",
        detail);

    public static ProblemException NotMultipart(string fieldName) => new(
        StatusCodes.Status415UnsupportedMediaType,
        ProblemTypes.UnsupportedFormat,
        "Expected a file upload",
        $"Send the resume as multipart/form-data with the file in the field '{fieldName}'.");

    public static ProblemException InvalidUpload(string detail) => new(
        StatusCodes.Status400BadRequest,
        ProblemTypes.InvalidInput,
        "Invalid upload",
        detail);

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
