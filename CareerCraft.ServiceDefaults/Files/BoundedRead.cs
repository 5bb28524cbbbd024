using System.Buffers;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>Reads a request stream into memory, giving up as soon as it passes a limit (nothing past it is buffered).</summary>
public static class BoundedRead
{
    /// <summary>The stream's bytes, or null once they pass <paramref name="limit"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAtMostAsync(Stream body, long limit, long? contentLength, CancellationToken cancellationToken)
    {
        var initial = (int)Math.Clamp(contentLength ?? 4 * 1024, Math.Min(4 * 1024, limit), Math.Max(limit, 0));
        var buffer = new MemoryStream(initial);
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
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
}
