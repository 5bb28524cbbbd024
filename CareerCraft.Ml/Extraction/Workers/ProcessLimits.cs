using System.Runtime.InteropServices;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// Limits the kernel enforces on a worker, set by the service on the child (Linux <c>prlimit</c>), so they hold
/// whatever the code inside the worker does. <c>RLIMIT_DATA</c> caps the process's private writable memory (heap,
/// anonymous maps, the GC's committed regions, native libraries' mallocs), not its reserved address space: the .NET GC
/// reserves hundreds of GB of address space it never uses, which rules out <c>RLIMIT_AS</c>.
/// </summary>
internal static class ProcessLimits
{
    private const int RlimitData = 2;
    private const int RlimitCore = 4;

    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>Caps <paramref name="pid"/>'s writable memory at <paramref name="bytes"/> and turns off its core dumps.</summary>
    public static void Apply(int pid, long bytes)
    {
        if (!Supported)
        {
            return;
        }
        Set(pid, RlimitData, (ulong)bytes);
        // A worker killed for a hostile file must not leave a dump of that file's contents on disk.
        Set(pid, RlimitCore, 0);
    }

    private static void Set(int pid, int resource, ulong value)
    {
        var limit = new RLimit { Current = value, Maximum = value };
        if (PrLimit(pid, resource, ref limit, IntPtr.Zero) != 0)
        {
            throw new InvalidOperationException(
                $"Could not set resource limit {resource} on extraction worker {pid}: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "prlimit", SetLastError = true)]
    private static extern int PrLimit(int pid, int resource, ref RLimit newLimit, IntPtr oldLimit);
}
