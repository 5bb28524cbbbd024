using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerCraft.Ml.Extraction;

/// <summary>One file read from a multipart upload.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, ReadOnlyMemory<byte> Content);

/// <summary>
/// Reads the file field of a <c>multipart/form-data</c> request as a stream, so an oversized upload is refused with 413
/// after at most the limit has been buffered (form binding would spool the whole body first). Shared by every endpoint
/// that takes a resume file; failures are <see cref="ExtractionException"/>s, answered by <see cref="ExtractionExceptionHandler"/>.
/// </summary>
public sealed class UploadedFileReader(IOptions<ExtractionOptions> options)
{
    public const string DefaultFieldName = "file";

    // Multipart headers, boundaries and small fields around the file.
    private const int EnvelopeAllowance = 64 * 1024;
    private const int MaxFileNameLength = 255;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<UploadedFile> ReadAsync(HttpRequest request, string fieldName = DefaultFieldName, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxFileBytes;
        var boundary = GetBoundary(request, fieldName);
        if (request.ContentLength > limit + EnvelopeAllowance)
        {
            throw ExtractionErrors.TooLarge(limit);
        }
        var bodySize = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            // Chunked bodies have no length to check up front; Kestrel stops them at this size.
            bodySize.MaxRequestBodySize = limit + EnvelopeAllowance;
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        try
        {
            long otherFieldBytes = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(disposition.Name.Value, fieldName, StringComparison.Ordinal))
                {
                    otherFieldBytes += await DrainAsync(section.Body, limit - otherFieldBytes, limit, cancellationToken);
                    continue;
                }
                var content = await ReadLimitedAsync(section.Body, limit, request.ContentLength, cancellationToken);
                var name = SafeFileName(disposition.FileNameStar.Value ?? disposition.FileName.Value);
                return new UploadedFile(name, section.ContentType, content);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw ExtractionErrors.TooLarge(limit);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // Kestrel's BadHttpRequestException is an IOException too; its 413 case is handled above.
            throw ExtractionErrors.InvalidUpload("The multipart body is malformed or ended early: send the file again.");
        }
        throw ExtractionErrors.InvalidUpload($"The form has no file in the field '{fieldName}'.");
    }

    private static string GetBoundary(HttpRequest request, string fieldName)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw ExtractionErrors.NotMultipart(fieldName);
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
        {
            throw ExtractionErrors.InvalidUpload("The multipart/form-data content type has no valid boundary.");
        }
        return boundary;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, long limit, long? contentLength, CancellationToken cancellationToken)
    {
        var initial = (int)Math.Clamp(contentLength ?? 64 * 1024, 4 * 1024, limit);
        var buffer = new MemoryStream(initial);
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw ExtractionErrors.TooLarge(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

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
                    throw ExtractionErrors.TooLarge(limit);
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
