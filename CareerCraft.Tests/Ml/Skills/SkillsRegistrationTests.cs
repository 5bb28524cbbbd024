using CareerCraft.Ml.Skills;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCraft.Tests.Ml.Skills;

public sealed class SkillsRegistrationTests
{
    [Fact]
    public async Task AddSkills_registers_one_shared_extractor_over_the_shipped_taxonomy_and_loads_it_at_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddSkills();
        using var host = builder.Build();

        await host.StartAsync();
        var first = host.Services.GetRequiredService<ISkillExtractor>();
        var second = host.Services.GetRequiredService<ISkillExtractor>();
        await host.StopAsync();

        Assert.Same(first, second);
        Assert.Same(host.Services.GetRequiredService<SkillTaxonomy>().Skills, first.Skills);
        Assert.Equal("Kubernetes", first.Resolve("k8s")?.Name);
    }
}
