using System.Diagnostics;
using System.Globalization;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// How a worker is started: the ML build itself in worker mode, so every deployment that has the service has its
/// workers, at the same version. The apphost next to the assembly when there is one (published apps, the build
/// output, test folders that copy it), else <c>dotnet exec</c> of the assembly.
/// </summary>
internal static class WorkerLaunch
{
    // The managed heap's share of a worker's memory ceiling; the rest is for the runtime, PDF fonts and Tesseract.
    private const double ManagedHeapShare = 0.6;

    public static ProcessStartInfo StartInfo(long memoryBytes)
    {
        var start = Executable();
        start.ArgumentList.Add(ExtractionWorkerMode.Argument);
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = AppContext.BaseDirectory;

        var environment = start.Environment;
        // One file at a time on one thread: workstation, non-concurrent GC keeps the worker small and its threads few.
        environment["DOTNET_gcServer"] = "0";
        environment["DOTNET_gcConcurrent"] = "0";
        environment["DOTNET_GCHeapHardLimit"] = ((long)(memoryBytes * ManagedHeapShare)).ToString("X", CultureInfo.InvariantCulture);
        // The worker serves no HTTP and exports no telemetry: it must not pick up the service's endpoints.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "OTEL_EXPORTER_OTLP_ENDPOINT" })
        {
            environment.Remove(inherited);
        }
        return start;
    }

    private static ProcessStartInfo Executable()
    {
        var assembly = typeof(ExtractionWorkerMode).Assembly.Location;
        if (string.IsNullOrEmpty(assembly))
        {
            // A single-file publish: the executable is the service itself.
            return new ProcessStartInfo(Environment.ProcessPath!);
        }
        var folder = Path.GetDirectoryName(assembly)!;
        var name = Path.GetFileNameWithoutExtension(assembly);
        var appHost = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
        if (File.Exists(appHost))
        {
            return new ProcessStartInfo(appHost);
        }
        var start = new ProcessStartInfo(DotnetHost());
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(Path.Combine(folder, name + ".runtimeconfig.json"));
        start.ArgumentList.Add(assembly);
        return start;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }
}
