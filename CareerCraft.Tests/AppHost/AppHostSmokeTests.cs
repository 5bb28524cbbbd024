using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using TempDirectory = CareerCraft.Tests.Infrastructure.TempDirectory;

namespace CareerCraft.Tests.AppHost;

[Trait("Category", "AppHost")]
public sealed class AppHostSmokeTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_whole_application_starts_and_the_home_page_shows_both_services_healthy()
    {
        using var data = new TempDirectory();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CareerCraft_AppHost>(
            ["Storage=Embedded", "Ml:Replicas=1"], timeout.Token);
        builder.CreateResourceBuilder<ProjectResource>("backend")
            .WithEnvironment("Storage__Path", Path.Combine(data.Path, "smoke.db"));

        await using var app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        foreach (var name in new[] { "backend", "ml", "web" })
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }

        using var web = app.CreateHttpClient("web");
        var html = await web.GetStringAsync("/", timeout.Token);

        Assert.Contains("data-testid=\"health-backend\" data-status=\"Healthy\"", html);
        Assert.Contains("data-testid=\"health-ml\" data-status=\"Healthy\"", html);
    }
}
