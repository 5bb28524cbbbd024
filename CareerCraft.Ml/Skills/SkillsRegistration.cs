namespace CareerCraft.Ml.Skills;

public static class SkillsRegistration
{
    /// <summary>
    /// Registers the skills taxonomy and extractor as singletons, and loads and validates the taxonomy while the host
    /// starts, so a broken data file stops the service with the list of problems instead of failing the first request.
    /// </summary>
    public static IHostApplicationBuilder AddSkills(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => SkillTaxonomy.LoadEmbedded());
        builder.Services.AddSingleton<ISkillExtractor, SkillExtractor>();
        builder.Services.AddHostedService<SkillTaxonomyStartupCheck>();
        return builder;
    }

    private sealed class SkillTaxonomyStartupCheck(IServiceProvider services, ILogger<SkillTaxonomyStartupCheck> logger)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var taxonomy = services.GetRequiredService<SkillTaxonomy>();
            logger.LogInformation("Skills taxonomy v{Version} loaded with {Count} skills", taxonomy.Version, taxonomy.Skills.Count);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
