using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal static class MongoPaging
{
    /// <summary>One owner's documents, newest first (by <paramref name="newest"/>, then id), with the total count.</summary>
    public static async Task<Page<T>> PageAsync<T>(
        this IMongoCollection<T> collection, FilterDefinition<T> filter, SortDefinition<T> newest, int skip, int take, CancellationToken cancellationToken)
    {
        var total = await collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await collection.Find(filter).Sort(newest).Skip(skip).Limit(take).ToListAsync(cancellationToken);
        return new Page<T>(items, total);
    }
}
