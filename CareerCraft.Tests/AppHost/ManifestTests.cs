using System.Diagnostics;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.AppHost;

[Trait("Category", "AppHost")]
public sealed class ManifestTests
{
    [Fact]
    public async Task Publishing_a_manifest_declares_mongo_backend_ml_and_web()
    {
        using var output = new TempDirectory();
        var manifestPath = Path.Combine(output.Path, "aspire-manifest.json");

        // The same command the README documents, run against the already built AppHost.
        var appHostDll = AppHostBuildOutput.Dll;
        var start = new ProcessStartInfo("dotnet", [appHostDll, "--publisher", "manifest", "--output-path", manifestPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(appHostDll)!,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{await stdout}\n{await stderr}");

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        var resources = manifest.RootElement.GetProperty("resources");
        Assert.Equal("container.v0", resources.GetProperty("mongo").GetProperty("type").GetString());
        Assert.Equal("mongo:8.0", ImageOf(resources.GetProperty("mongo")));
        foreach (var project in new[] { "backend", "ml", "web" })
        {
            Assert.Equal("project.v0", resources.GetProperty(project).GetProperty("type").GetString());
        }
        Assert.Equal("{careercraft.connectionString}",
            resources.GetProperty("backend").GetProperty("env").GetProperty("ConnectionStrings__careercraft").GetString());
        // Only the backend can sign; ML reads the public keys (through its reference to the backend).
        Assert.Equal("{jwt-signing-key.value}", resources.GetProperty("backend").GetProperty("env").GetProperty("Jwt__SigningKey").GetString());
        Assert.False(resources.GetProperty("ml").GetProperty("env").TryGetProperty("Jwt__SigningKey", out _));
        Assert.True(resources.GetProperty("ml").GetProperty("env").TryGetProperty("services__backend__http__0", out _));
        Assert.True(resources.GetProperty("jwt-signing-key").GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
    }

    private static string? ImageOf(JsonElement container)
    {
        var image = container.GetProperty("image").GetString();
        return image?.Split('/').Last();
    }
}
