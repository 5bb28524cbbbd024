using System.Reflection;
using System.Text.Json.Nodes;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Deploy;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, restored with the tests (the csproj records
/// its folder): offline, the same compiler and linter `azd provision` runs, never downloaded at test time.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Executable { get; } = Find();

    public static string InfraDirectory => Path.Combine(RepositoryRoot.Path, "infra");

    /// <summary>Compiles a file to its ARM template; the diagnostics come back as SARIF results.</summary>
    public static async Task<(JsonObject Template, IReadOnlyList<string> Diagnostics)> BuildAsync(string bicepFile)
    {
        using var output = new TempDirectory();
        var run = await RunAsync("build", bicepFile, "--outdir", output.Path, "--diagnostics-format", "sarif");
        var template = Path.Combine(output.Path, Path.ChangeExtension(Path.GetFileName(bicepFile), ".json"));
        Assert.True(run.ExitCode == 0 && File.Exists(template), run.ToString());
        return (JsonNode.Parse(await File.ReadAllTextAsync(template))!.AsObject(), Results(run.Stdout, run.Stderr));
    }

    /// <summary>Lints a file with the default rules; answers each finding as "file(line): level rule: message".</summary>
    public static async Task<IReadOnlyList<string>> LintAsync(string bicepFile)
    {
        var run = await RunAsync("lint", bicepFile, "--diagnostics-format", "sarif");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Results(run.Stdout, run.Stderr);
    }

    private static Task<ProcessRun> RunAsync(params string[] arguments) =>
        ProcessRun.RunAsync(Executable, arguments, InfraDirectory, Timeout);

    /// <summary>The SARIF documents the CLI printed (on either stream, depending on the command), one line per result.</summary>
    private static List<string> Results(params string[] streams)
    {
        var results = new List<string>();
        foreach (var run in streams.Where(s => !string.IsNullOrWhiteSpace(s)).SelectMany(s => JsonNode.Parse(s)!["runs"]!.AsArray()))
        {
            foreach (var result in run!["results"]!.AsArray())
            {
                var location = result!["locations"]?[0]?["physicalLocation"];
                results.Add($"{location?["artifactLocation"]?["uri"]}({location?["region"]?["startLine"]}): " +
                    $"{result["level"]} {result["ruleId"]}: {result["message"]?["text"]}");
            }
        }
        return results;
    }

    private static string Find()
    {
        var directory = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepCliDirectory").Value!;
        var executable = Path.Combine(directory, "tools", "bicep");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("The Bicep CLI package was not restored; run dotnet restore CareerCraft.Tests.", executable);
        }
        // NuGet does not promise to keep the execute bit a package's file was packed with.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute);
        }
        return executable;
    }
}
