using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoResumeRepository(MongoCollections collections) : IResumeRepository
{
    private static readonly FilterDefinitionBuilder<Resume> Filter = Builders<Resume>.Filter;

    public Task AddAsync(Resume resume, CancellationToken cancellationToken) =>
        collections.Resumes.InsertOneAsync(resume, cancellationToken: cancellationToken);

    public async Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await collections.Resumes.Find(Owned(ownerId, id)).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        collections.Resumes.PageAsync(
            Filter.Eq(r => r.OwnerId, ownerId),
            Builders<Resume>.Sort.Descending(r => r.UploadedAt).Descending(r => r.Id),
            skip, take, cancellationToken);

    public async Task<bool> SetExtractionAsync(string ownerId, string id, string status, string? text, string? problem, CancellationToken cancellationToken)
    {
        var update = Builders<Resume>.Update
            .Set(r => r.Extraction, status)
            .Set(r => r.Text, text)
            .Set(r => r.ExtractionProblem, problem);
        return (await collections.Resumes.UpdateOneAsync(Owned(ownerId, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var update = Builders<Resume>.Update.Set(r => r.AnalysisJson, analysisJson).Set(r => r.AnalyzedAt, at);
        return (await collections.Resumes.UpdateOneAsync(Owned(ownerId, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        (await collections.Resumes.DeleteOneAsync(Owned(ownerId, id), cancellationToken)).DeletedCount == 1;

    /// <summary>Every single-resume query goes through the owner as well as the id.</summary>
    public static FilterDefinition<Resume> Owned(string ownerId, string id) =>
        Filter.Eq(r => r.Id, id) & Filter.Eq(r => r.OwnerId, ownerId);
}
