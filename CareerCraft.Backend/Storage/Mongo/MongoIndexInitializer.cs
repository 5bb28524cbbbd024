namespace CareerCraft.Backend.Storage.Mongo;

/// <summary>Creates the indexes before the first request: uniqueness of email and username depends on them.</summary>
internal sealed class MongoIndexInitializer(MongoCollections collections) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => collections.CreateIndexesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
