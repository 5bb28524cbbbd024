using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoCoverLetterRepository(MongoCollections collections) : ICoverLetterRepository
{
    private static readonly FilterDefinitionBuilder<CoverLetter> Filter = Builders<CoverLetter>.Filter;

    public Task AddAsync(CoverLetter letter, CancellationToken cancellationToken) =>
        collections.CoverLetters.InsertOneAsync(letter, cancellationToken: cancellationToken);

    public async Task<CoverLetter?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await collections.CoverLetters.Find(Owned(ownerId, id)).FirstOrDefaultAsync(cancellationToken);

    public Task<Page<CoverLetter>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        collections.CoverLetters.PageAsync(
            Filter.Eq(c => c.OwnerId, ownerId),
            Builders<CoverLetter>.Sort.Descending(c => c.CreatedAt).Descending(c => c.Id),
            skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(CoverLetter letter, CancellationToken cancellationToken)
    {
        // Creation time and owner are never taken from the caller's copy.
        var update = Builders<CoverLetter>.Update
            .Set(c => c.CompanyName, letter.CompanyName)
            .Set(c => c.JobTitle, letter.JobTitle)
            .Set(c => c.JobDescription, letter.JobDescription)
            .Set(c => c.Tone, letter.Tone)
            .Set(c => c.Content, letter.Content)
            .Set(c => c.UpdatedAt, letter.UpdatedAt);
        return (await collections.CoverLetters.UpdateOneAsync(Owned(letter.OwnerId, letter.Id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        (await collections.CoverLetters.DeleteOneAsync(Owned(ownerId, id), cancellationToken)).DeletedCount == 1;

    public Task<long> CountAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.CoverLetters.CountDocumentsAsync(Filter.Eq(c => c.OwnerId, ownerId), cancellationToken: cancellationToken);

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        collections.CoverLetters.DeleteManyAsync(Filter.Eq(c => c.OwnerId, ownerId), cancellationToken);

    private static FilterDefinition<CoverLetter> Owned(string ownerId, string id) =>
        Filter.Eq(c => c.Id, id) & Filter.Eq(c => c.OwnerId, ownerId);
}
