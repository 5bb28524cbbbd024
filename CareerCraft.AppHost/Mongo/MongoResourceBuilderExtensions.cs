using Aspire.Hosting.ApplicationModel;
using CareerCraft.AppHost.Mongo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

public static class MongoResourceBuilderExtensions
{
    public const string Image = "mongo";
    public const string Tag = "8.0";

    /// <summary>
    /// Declares <c>mongo:8.0</c> with generated root credentials and a health check that pings it.
    /// </summary>
    public static IResourceBuilder<MongoServerResource> AddMongo(this IDistributedApplicationBuilder builder, string name)
    {
        var userName = builder.AddParameter($"{name}-username", "admin", publishValueAsDefault: true);
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var server = new MongoServerResource(name, userName.Resource, password);

        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(server, async (_, ct) =>
            connectionString = await server.ConnectionStringExpression.GetValueAsync(ct));

        var healthCheckKey = $"{name}_ping";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new MongoPingHealthCheck(() => connectionString), failureStatus: default, tags: default));

        return builder.AddResource(server)
            .WithImage(Image, Tag)
            .WithImageRegistry("docker.io")
            .WithEndpoint(targetPort: MongoServerResource.DefaultPort, name: MongoServerResource.PrimaryEndpointName, scheme: "tcp")
            .WithEnvironment("MONGO_INITDB_ROOT_USERNAME", userName.Resource)
            .WithEnvironment("MONGO_INITDB_ROOT_PASSWORD", password)
            .WithHealthCheck(healthCheckKey);
    }

    public static IResourceBuilder<MongoDatabaseResource> AddDatabase(this IResourceBuilder<MongoServerResource> server, string name, string? databaseName = null)
    {
        var database = new MongoDatabaseResource(name, databaseName ?? name, server.Resource);
        return server.ApplicationBuilder.AddResource(database);
    }

    /// <summary>Keeps data across restarts of the AppHost; the volume name is stable per application.</summary>
    public static IResourceBuilder<MongoServerResource> WithDataVolume(this IResourceBuilder<MongoServerResource> server) =>
        server.WithVolume(VolumeNameGenerator.Generate(server, "data"), "/data/db");
}
