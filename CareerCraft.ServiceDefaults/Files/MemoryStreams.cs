using System.Runtime.InteropServices;

namespace CareerCraft.ServiceDefaults.Files;

public static class MemoryStreams
{
    /// <summary>A read-only stream over the upload without copying it when it is backed by an array (it always is here).</summary>
    public static MemoryStream ReadOnly(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
