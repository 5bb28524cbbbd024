using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>One file read from a multipart upload.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, ReadOnlyMemory<byte> Content);

/// <summary>A multipart form: its file (when it had one in the requested field) and its small text fields.</summary>
public sealed record UploadedForm(UploadedFile? File, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// Reads a <c>multipart/form-data</c> request as a stream, so an oversized upload is refused with 413 after at most the
/// limit has been buffered (form binding would spool the whole body first). Shared by every endpoint of every service
/// that takes a resume file (the backend's upload, the ML service's extraction and analysis); failures are
/// <see cref="ProblemException"/>s, answered by <see cref="ProblemExceptionHandler"/>.
/// </summary>
/// <param name="maxFileBytes">The largest file accepted.</param>
/// <param name="maxTextFieldBytes">All text fields of a form together.</param>
public sealed class UploadedFileReader(long maxFileBytes, int maxTextFieldBytes = UploadedFileReader.DefaultMaxTextFieldBytes)
{
    public const string DefaultFieldName = "file";

    /// <summary>A job description fits many times over.</summary>
    public const int DefaultMaxTextFieldBytes = 64 * 1024;

    private const int MaxFileNameLength = 255;

    // Multipart headers and boundaries, plus the text fields, around the file.
    private long EnvelopeAllowance => maxTextFieldBytes + 64 * 1024;

    public long MaxFileBytes => maxFileBytes;

    public int MaxTextFieldBytes => maxTextFieldBytes;

    /// <summary>The file in <paramref name="fieldName"/>; a form without it is a 400.</summary>
    public async Task<UploadedFile> ReadAsync(HttpRequest request, string fieldName = DefaultFieldName, CancellationToken cancellationToken = default)
    {
        var form = await ReadFormAsync(request, fieldName, cancellationToken);
        return form.File ?? throw FileProblems.InvalidUpload($"The form has no file in the field '{fieldName}'.");
    }

    /// <summary>
    /// The file in <paramref name="fieldName"/> (null when the form has none) and the form's text fields, at most
    /// <see cref="MaxTextFieldBytes"/> together. Other files are skipped without being kept.
    /// </summary>
    public async Task<UploadedForm> ReadFormAsync(HttpRequest request, string fieldName = DefaultFieldName, CancellationToken cancellationToken = default)
    {
        var limit = maxFileBytes;
        var boundary = GetBoundary(request, fieldName);
        if (request.ContentLength > limit + EnvelopeAllowance)
        {
            throw FileProblems.TooLarge(limit);
        }
        var bodySize = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            // Chunked bodies have no length to check up front; Kestrel stops them at this size.
            bodySize.MaxRequestBodySize = limit + EnvelopeAllowance;
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        UploadedFile? file = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        long skippedBytes = 0;
        var textBytes = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    skippedBytes += await DrainAsync(section.Body, limit - skippedBytes, limit, cancellationToken);
                    continue;
                }
                var name = disposition.Name.Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    if (file is null && string.Equals(name, fieldName, StringComparison.Ordinal))
                    {
                        var content = await ReadLimitedAsync(section.Body, limit, request.ContentLength, cancellationToken);
                        file = new UploadedFile(SafeFileName(disposition.FileNameStar.Value ?? disposition.FileName.Value), section.ContentType, content);
                    }
                    else
                    {
                        skippedBytes += await DrainAsync(section.Body, limit - skippedBytes, limit, cancellationToken);
                    }
                    continue;
                }
                var value = await ReadLimitedAsync(section.Body, MaxTextFieldBytes - textBytes, null, cancellationToken, fieldsTooLarge: true);
                textBytes += value.Length;
                fields.TryAdd(name, Encoding.UTF8.GetString(value.Span));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw FileProblems.TooLarge(limit);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // Kestrel's BadHttpRequestException is an IOException too; its 413 case is handled above.
            throw FileProblems.InvalidUpload("The multipart body is malformed or ended early: send the file again.");
        }
        return new UploadedForm(file, fields);
    }

    private static string GetBoundary(HttpRequest request, string fieldName)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw FileProblems.NotMultipart(fieldName);
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
        {
            throw FileProblems.InvalidUpload("The multipart/form-data content type has no valid boundary.");
        }
        return boundary;
    }

    private async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(
        Stream body, long limit, long? contentLength, CancellationToken cancellationToken, bool fieldsTooLarge = false) =>
        await BoundedRead.ReadAtMostAsync(body, limit, contentLength, cancellationToken)
            ?? throw (fieldsTooLarge ? FileProblems.FieldsTooLarge(MaxTextFieldBytes) : FileProblems.TooLarge(limit));

    /// <summary>Skips a field that is not the file (nothing is kept), refusing a form that pads itself beyond the limit.</summary>
    private static async Task<long> DrainAsync(Stream body, long allowance, long limit, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                total += read;
                if (total > allowance)
                {
                    throw FileProblems.TooLarge(limit);
                }
            }
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The last path segment of the client's name, without control characters, at most 255 characters.</summary>
    public static string SafeFileName(string? name)
    {
        var candidate = (name ?? string.Empty).Replace('\\', '/');
        candidate = candidate[(candidate.LastIndexOf('/') + 1)..];
        candidate = new string(candidate.Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('"');
        if (candidate.Length > MaxFileNameLength)
        {
            candidate = candidate[..MaxFileNameLength];
        }
        return candidate.Length == 0 ? "upload" : candidate;
    }
}
