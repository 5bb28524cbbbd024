using System.Globalization;

namespace CareerCraft.Bench.Embeddings;

/// <summary>The line under every table that says what the figures were measured on and how busy it was.</summary>
public static class Machine
{
    public static string Line() => string.Create(CultureInfo.InvariantCulture,
        $"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
