using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoApplicationRepository(MongoCollections collections) : IApplicationRepository
{
    private static readonly FilterDefinitionBuilder<JobApplication> Filter = Builders<JobApplication>.Filter;

    public Task AddAsync(JobApplication application, CancellationToken cancellationToken) =>
        collections.Applications.InsertOneAsync(application, cancellationToken: cancellationToken);

    public async Task<JobApplication?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await collections.Applications.Find(Owned(ownerId, id)).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<JobApplication>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        collections.Applications.PageAsync(
            Filter.Eq(a => a.OwnerId, ownerId),
            Builders<JobApplication>.Sort.Descending(a => a.CreatedAt).Descending(a => a.Id),
            skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(JobApplication application, CancellationToken cancellationToken)
    {
        // Owner, job and creation time are never taken from the caller's copy.
        var update = Builders<JobApplication>.Update
            .Set(a => a.ResumeId, application.ResumeId)
            .Set(a => a.CoverLetterId, application.CoverLetterId)
            .Set(a => a.Status, application.Status)
            .Set(a => a.History, application.History)
            .Set(a => a.Notes, application.Notes)
            .Set(a => a.InterviewAt, application.InterviewAt)
            .Set(a => a.MatchJson, application.MatchJson)
            .Set(a => a.MatchResumeId, application.MatchResumeId)
            .Set(a => a.MatchedAt, application.MatchedAt)
            .Set(a => a.UpdatedAt, application.UpdatedAt);
        return (await collections.Applications.UpdateOneAsync(Owned(application.OwnerId, application.Id), update, cancellationToken: cancellationToken))
            .MatchedCount == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        (await collections.Applications.DeleteOneAsync(Owned(ownerId, id), cancellationToken)).DeletedCount == 1;

    public Task<long> CountAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.Applications.CountDocumentsAsync(Filter.Eq(a => a.OwnerId, ownerId), cancellationToken: cancellationToken);

    public async Task<bool> AnyForJobAsync(string ownerId, string jobId, CancellationToken cancellationToken) =>
        await collections.Applications.Find(ForJob(ownerId, jobId)).Limit(1).AnyAsync(cancellationToken);

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.Applications.DeleteManyAsync(Filter.Eq(a => a.OwnerId, ownerId), cancellationToken);

    public static FilterDefinition<JobApplication> Owned(string ownerId, string id) =>
        Filter.Eq(a => a.Id, id) & Filter.Eq(a => a.OwnerId, ownerId);

    public static FilterDefinition<JobApplication> ForJob(string ownerId, string jobId) =>
        Filter.Eq(a => a.OwnerId, ownerId) & Filter.Eq(a => a.JobId, jobId);
}
