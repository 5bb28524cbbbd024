using System.ComponentModel;
using System.Diagnostics;

namespace CareerCraft.AppHost.Storage;

/// <summary>
/// Asks docker or podman whether an engine answers. The client alone is not enough: on machines with the
/// docker CLI but no daemon, declaring a container only produces a resource that never starts.
/// </summary>
internal static class ContainerRuntimeProbe
{
    public static bool IsAvailable(string? preferredRuntime, TimeSpan timeout)
    {
        string[] candidates = string.IsNullOrWhiteSpace(preferredRuntime) ? ["docker", "podman"] : [preferredRuntime];
        return candidates.Any(runtime => Answers(runtime, timeout));
    }

    private static bool Answers(string runtime, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            // Not installed.
            return false;
        }
    }
}
