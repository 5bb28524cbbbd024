using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.AppHost;

/// <summary>What `--publisher manifest` printed and wrote for some AppHost settings.</summary>
internal sealed record Publication(ProcessRun Run, JsonObject? Manifest)
{
    public JsonObject Resources => Manifest?["resources"]?.AsObject() ?? throw new InvalidOperationException($"No manifest was written.\n{Run}");

    public IEnumerable<string> Projects => Resources.Where(r => (string?)r.Value!["type"] == "project.v0").Select(r => r.Key);
}

/// <summary>
/// Publishes the manifest the README documents (the command azd runs), with the already built AppHost; each set of
/// settings once per test run, as several test classes read the same manifest.
/// </summary>
internal static class PublishedManifest
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Publication>>> Publications = new();

    public static Task<Publication> PublishAsync(params string[] settings) =>
        Publications.GetOrAdd(string.Join('\n', settings), _ => new Lazy<Task<Publication>>(() => RunAsync(settings))).Value;

    private static async Task<Publication> RunAsync(string[] settings)
    {
        using var output = new TempDirectory();
        var manifestPath = Path.Combine(output.Path, "aspire-manifest.json");
        var appHostDll = AppHostBuildOutput.Dll;
        var run = await ProcessRun.RunAsync("dotnet", [appHostDll, "--publisher", "manifest", "--output-path", manifestPath, .. settings],
            Path.GetDirectoryName(appHostDll)!, TimeSpan.FromMinutes(2));
        var manifest = run.ExitCode == 0 && File.Exists(manifestPath)
            ? JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject()
            : null;
        return new Publication(run, manifest);
    }
}
