using System.Diagnostics;
using CareerCraft.Ml.Extraction.Workers;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>The kernel, not the worker, enforces the memory ceiling: native allocations past it fail.</summary>
public sealed class ProcessLimitsTests
{
    // bash keeps a variable's value in malloc'ed memory, like a native library would.
    private const string Allocate200Mb = "read; x=$(head -c 200000000 /dev/zero | tr '\\0' a); echo ${#x}";

    [Fact]
    public async Task A_child_under_the_ceiling_cannot_allocate_past_it()
    {
        var (exitCode, output) = await RunAsync(limitBytes: 64L * 1024 * 1024);
        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("200000000", output);
    }

    [Fact]
    public async Task The_same_child_without_the_ceiling_allocates_it()
    {
        var (exitCode, output) = await RunAsync(limitBytes: null);
        Assert.Equal(0, exitCode);
        Assert.Contains("200000000", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(long? limitBytes)
    {
        var start = new ProcessStartInfo("bash", ["-c", Allocate200Mb])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        if (limitBytes is { } limit)
        {
            ProcessLimits.Apply(child.Id, limit);
        }
        // The child allocates only once it reads this line, after the limit is in place.
        await child.StandardInput.WriteLineAsync();
        child.StandardInput.Close();
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return (child.ExitCode, output);
    }
}
