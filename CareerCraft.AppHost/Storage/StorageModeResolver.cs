using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCraft.AppHost.Storage;

internal static class StorageModeResolver
{
    public const string ConfigurationKey = "Storage";
    private const string LoggerName = "CareerCraft.AppHost.Storage";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(4);

    /// <summary>What to declare for the backend's data (DESIGN.md section 2).</summary>
    public static StoragePlan Resolve(IDistributedApplicationBuilder builder)
    {
        var mode = ReadMode(builder.Configuration);
        return builder.ExecutionContext.IsPublishMode ? ForPublishing(builder, mode) : ForRunning(builder, mode);
    }

    private static StoragePlan ForRunning(IDistributedApplicationBuilder builder, StorageMode mode)
    {
        switch (mode)
        {
            case StorageMode.Mongo:
                return StoragePlan.MongoContainer;
            case StorageMode.Embedded:
                return StoragePlan.Embedded;
        }
        if (ContainerRuntimeProbe.IsAvailable(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"], ProbeTimeout))
        {
            return StoragePlan.MongoContainer;
        }

        LogWarningWhenStarted(builder,
            "No container runtime answered (docker or podman), so MongoDB is left out and the backend uses its embedded SQLite store. " +
            "To use MongoDB, start Docker or Podman and run again (or set Storage=Mongo), or give the backend your own server " +
            "with ConnectionStrings__careercraft.");
        return StoragePlan.Embedded;
    }

    /// <summary>
    /// A deployment keeps its data in a managed server. azd would put a container's data volume on an Azure Files SMB
    /// share, where MongoDB's WiredTiger fails, and a new revision can start a second mongod on the same files; so a
    /// container is only declared when asked for by name, and then without a volume, as a throwaway database.
    /// </summary>
    private static StoragePlan ForPublishing(IDistributedApplicationBuilder builder, StorageMode mode)
    {
        switch (mode)
        {
            case StorageMode.Mongo:
                LogWarningWhenStarted(builder,
                    "Storage=Mongo: publishing a dev-grade mongo:8.0 container. It is not for production: it has no volume, so every " +
                    "restart or new revision starts with an empty database (a volume would be an Azure Files SMB share, on which " +
                    "MongoDB's WiredTiger storage fails). Leave Storage unset to deploy with a managed MongoDB (connection string 'careercraft').");
                return StoragePlan.MongoContainer;
            case StorageMode.Embedded:
                throw new InvalidOperationException(
                    "Storage=Embedded cannot be published: the SQLite file would live on the container's disk, which every new " +
                    "revision discards. Leave Storage unset to deploy with a managed MongoDB (connection string 'careercraft').");
            default:
                return StoragePlan.ManagedMongo;
        }
    }

    // Logged once the host's logging exists; the decision itself has to be made while the model is built.
    private static void LogWarningWhenStarted(IDistributedApplicationBuilder builder, string message) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName).LogWarning("{Message}", message);
            return Task.CompletedTask;
        });

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
