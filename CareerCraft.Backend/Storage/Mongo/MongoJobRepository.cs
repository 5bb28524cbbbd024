using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoJobRepository(MongoCollections collections) : IJobRepository
{
    private static readonly FilterDefinitionBuilder<SavedJob> Filter = Builders<SavedJob>.Filter;

    public Task AddAsync(SavedJob job, CancellationToken cancellationToken) =>
        collections.Jobs.InsertOneAsync(job, cancellationToken: cancellationToken);

    public async Task<SavedJob?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await collections.Jobs.Find(Owned(ownerId, id)).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<SavedJob>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        collections.Jobs.PageAsync(
            Filter.Eq(j => j.OwnerId, ownerId),
            Builders<SavedJob>.Sort.Descending(j => j.SavedAt).Descending(j => j.Id),
            skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(SavedJob job, CancellationToken cancellationToken)
    {
        // Save date and owner are never taken from the caller's copy.
        var update = Builders<SavedJob>.Update
            .Set(j => j.Title, job.Title)
            .Set(j => j.Company, job.Company)
            .Set(j => j.Location, job.Location)
            .Set(j => j.Url, job.Url)
            .Set(j => j.Description, job.Description)
            .Set(j => j.SalaryText, job.SalaryText)
            .Set(j => j.Source, job.Source)
            .Set(j => j.UpdatedAt, job.UpdatedAt);
        return (await collections.Jobs.UpdateOneAsync(Owned(job.OwnerId, job.Id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        (await collections.Jobs.DeleteOneAsync(Owned(ownerId, id), cancellationToken)).DeletedCount == 1;

    public Task<long> CountAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.Jobs.CountDocumentsAsync(Filter.Eq(j => j.OwnerId, ownerId), cancellationToken: cancellationToken);

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.Jobs.DeleteManyAsync(Filter.Eq(j => j.OwnerId, ownerId), cancellationToken);

    public static FilterDefinition<SavedJob> Owned(string ownerId, string id) =>
        Filter.Eq(j => j.Id, id) & Filter.Eq(j => j.OwnerId, ownerId);
}
