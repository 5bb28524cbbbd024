namespace CareerCraft.Backend.Infrastructure;

public static class BoundedBody
{
    /// <summary>Reads the body; null when it is longer than <paramref name="max"/> bytes (chunked bodies have no length up front).</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
