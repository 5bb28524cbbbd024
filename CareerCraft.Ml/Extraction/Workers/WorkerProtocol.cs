using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The framed protocol between the ML service and an extraction worker, over the worker's stdin and stdout: each frame
/// is a 4-byte little-endian length and that many bytes. The service sends <see cref="WorkerSettings"/> once, the
/// worker answers <see cref="WorkerHello"/> when it is ready; then per file a <see cref="WorkerJob"/> frame and a frame
/// of the file's bytes, answered by one <see cref="WorkerReply"/>.
/// </summary>
internal static class WorkerProtocol
{
    /// <summary>Larger than any message either side sends (a 5 MB file; a reply capped at 200,000 characters).</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    public static async Task WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        await stream.WriteAsync(header, cancellationToken);
        await stream.WriteAsync(payload, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public static Task WriteMessageAsync<T>(Stream stream, T message, CancellationToken cancellationToken) =>
        WriteFrameAsync(stream, JsonSerializer.SerializeToUtf8Bytes(message, typeof(T), WorkerJson.Default), cancellationToken);

    /// <summary>The next frame, or null when the other side closed the stream before a frame began.</summary>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }
        if (read < header.Length)
        {
            throw new WorkerProtocolException("the stream ended inside a frame header");
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new WorkerProtocolException($"a frame declared {length} bytes");
        }
        var payload = new byte[length];
        await stream.ReadExactlyAsync(payload, cancellationToken);
        return payload;
    }

    public static async Task<T?> ReadMessageAsync<T>(Stream stream, CancellationToken cancellationToken) where T : class
    {
        var frame = await ReadFrameAsync(stream, cancellationToken);
        if (frame is null)
        {
            return null;
        }
        try
        {
            return (T?)JsonSerializer.Deserialize(frame, typeof(T), WorkerJson.Default)
                ?? throw new WorkerProtocolException($"an empty {typeof(T).Name}");
        }
        catch (JsonException ex)
        {
            throw new WorkerProtocolException($"a malformed {typeof(T).Name}: {ex.Message}");
        }
    }
}

/// <summary>
/// The limits the worker reads with, sent once at start so both sides use one configuration; <c>MemoryBytes</c> is the
/// ceiling the service set on the worker.
/// </summary>
internal sealed record WorkerSettings(ExtractionOptions Extraction, OcrOptions Ocr, long MemoryBytes);

/// <summary>The worker is warmed up and waits for files.</summary>
internal sealed record WorkerHello(int ProcessId, string? OcrUnavailableReason);

internal sealed record WorkerJob(string FileName, ResumeFormat Format);

/// <summary>
/// Either the extraction's result or the problem the file caused; the worker's resident memory now and at its peak;
/// <c>Exiting</c> when the worker ends after this reply (it hit its memory limit and trusts its state no more).
/// </summary>
internal sealed record WorkerReply(ExtractTextResponse? Result, WorkerFault? Fault, long ResidentBytes, long PeakResidentBytes, bool Exiting = false);

/// <summary>An <see cref="ProblemException"/> carried across the process boundary.</summary>
internal sealed record WorkerFault(int Status, string Type, string Title, string Detail)
{
    public static WorkerFault From(ProblemException exception) =>
        new(exception.StatusCode, exception.ProblemType, exception.Title, exception.Message);

    public ProblemException ToException() => new(Status, Type, Title, Detail);
}

internal sealed class WorkerProtocolException(string what) : Exception($"Extraction worker protocol violated: {what}.");

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkerSettings))]
[JsonSerializable(typeof(WorkerHello))]
[JsonSerializable(typeof(WorkerJob))]
[JsonSerializable(typeof(WorkerReply))]
internal sealed partial class WorkerJson : JsonSerializerContext;
