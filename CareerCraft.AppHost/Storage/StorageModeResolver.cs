using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCraft.AppHost.Storage;

internal static class StorageModeResolver
{
    public const string ConfigurationKey = "Storage";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(4);

    /// <summary>True when the MongoDB container should be declared (DESIGN.md section 2).</summary>
    public static bool UseMongo(IDistributedApplicationBuilder builder)
    {
        switch (ReadMode(builder.Configuration))
        {
            case StorageMode.Mongo:
                return true;
            case StorageMode.Embedded:
                return false;
        }

        // A published manifest describes the target environment, which always runs MongoDB.
        if (builder.ExecutionContext.IsPublishMode
            || ContainerRuntimeProbe.IsAvailable(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"], ProbeTimeout))
        {
            return true;
        }

        // Logged once the host's logging exists; the decision itself has to be made while the model is built.
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerCraft.AppHost.Storage").LogWarning(
                "No container runtime answered (docker or podman), so MongoDB is left out and the backend uses its embedded SQLite store. " +
                "To use MongoDB, start Docker or Podman and run again (or set Storage=Mongo), or give the backend your own server " +
                "with ConnectionStrings__careercraft.");
            return Task.CompletedTask;
        });
        return false;
    }

    private static StorageMode ReadMode(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return StorageMode.Auto;
        }
        if (Enum.TryParse<StorageMode>(configured, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !char.IsDigit(configured[0]))
        {
            return mode;
        }
        throw new InvalidOperationException(
            $"Storage must be one of {string.Join(", ", Enum.GetNames<StorageMode>())}; it was '{configured}'.");
    }
}
