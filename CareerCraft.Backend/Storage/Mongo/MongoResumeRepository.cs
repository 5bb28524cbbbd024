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

    public async Task<bool> SetExtractionAsync(string ownerId, string id, ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        var update = Builders<Resume>.Update
            .Set(r => r.Extraction, outcome.Status)
            .Set(r => r.Text, outcome.Text)
            .Set(r => r.ExtractionProblem, outcome.Problem)
            .Set(r => r.ExtractionDetail, outcome.Detail)
            .Set(r => r.NextExtractionAt, null);
        return (await collections.Resumes.UpdateOneAsync(Owned(ownerId, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> ClaimExtractionAttemptAsync(
        string ownerId, string id, int attemptsSeen, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        var update = Builders<Resume>.Update
            .Set(r => r.ExtractionAttempts, attemptsSeen + 1)
            .Set(r => r.NextExtractionAt, nextAttemptAt);
        var result = await collections.Resumes.UpdateOneAsync(ClaimFilter(ownerId, id, attemptsSeen), update, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <summary>
    /// The compare-and-set of an attempt: one document update is atomic, so of two reads claiming the same attempt
    /// one matches. Documents from before the count existed lack the field and count as 0.
    /// </summary>
    public static FilterDefinition<Resume> ClaimFilter(string ownerId, string id, int attemptsSeen)
    {
        var seen = Filter.Eq(r => r.ExtractionAttempts, attemptsSeen);
        if (attemptsSeen == 0)
        {
            seen |= Filter.Exists(r => r.ExtractionAttempts, false);
        }
        return Owned(ownerId, id) & Filter.Eq(r => r.Extraction, ExtractionStatus.Pending) & seen;
    }

    public async Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, AnalysisSnapshot snapshot, CancellationToken cancellationToken)
    {
        var update = AnalysisUpdate(analysisJson, snapshot);
        return (await collections.Resumes.UpdateOneAsync(Owned(ownerId, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    /// <summary>One update: the latest analysis set and the snapshot pushed, the oldest sliced off past the cap.</summary>
    public static UpdateDefinition<Resume> AnalysisUpdate(string analysisJson, AnalysisSnapshot snapshot) => Builders<Resume>.Update
        .Set(r => r.AnalysisJson, analysisJson)
        .Set(r => r.AnalyzedAt, snapshot.At)
        .PushEach(r => r.Analyses, [snapshot], slice: -Resume.MaxAnalysisHistory);

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        (await collections.Resumes.DeleteOneAsync(Owned(ownerId, id), cancellationToken)).DeletedCount == 1;

    public async Task<StorageUsage> GetUsageAsync(string ownerId, CancellationToken cancellationToken)
    {
        var totals = await collections.Resumes.Aggregate()
            .Match(Filter.Eq(r => r.OwnerId, ownerId))
            .Group(r => r.OwnerId, g => new { Count = g.LongCount(), Bytes = g.Sum(r => r.Size) })
            .FirstOrDefaultAsync(cancellationToken);
        return totals is null ? new StorageUsage(0, 0) : new StorageUsage(totals.Count, totals.Bytes);
    }

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.Resumes.DeleteManyAsync(Filter.Eq(r => r.OwnerId, ownerId), cancellationToken);

    /// <summary>Every single-resume query goes through the owner as well as the id.</summary>
    public static FilterDefinition<Resume> Owned(string ownerId, string id) =>
        Filter.Eq(r => r.Id, id) & Filter.Eq(r => r.OwnerId, ownerId);
}
