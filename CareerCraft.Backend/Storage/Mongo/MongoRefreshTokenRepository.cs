using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoRefreshTokenRepository(MongoCollections collections) : IRefreshTokenRepository
{
    private static readonly FilterDefinitionBuilder<RefreshToken> Filter = Builders<RefreshToken>.Filter;
    private static readonly FilterDefinition<RefreshToken> Active = Filter.Eq(t => t.RevokedAt, null);

    public Task AddAsync(RefreshToken token, CancellationToken cancellationToken) =>
        collections.RefreshTokens.InsertOneAsync(token, cancellationToken: cancellationToken);

    public async Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        await collections.RefreshTokens.Find(Filter.Eq(t => t.TokenHash, tokenHash)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> TryRevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The filter on "still active" makes the check-and-set one atomic server operation.
        var result = await collections.RefreshTokens.UpdateOneAsync(
            Filter.Eq(t => t.Id, id) & Active, Revoke(at), cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public Task RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken cancellationToken) =>
        collections.RefreshTokens.UpdateManyAsync(Filter.Eq(t => t.FamilyId, familyId) & Active, Revoke(at), cancellationToken: cancellationToken);

    public Task RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken) =>
        collections.RefreshTokens.UpdateManyAsync(Filter.Eq(t => t.UserId, userId) & Active, Revoke(at), cancellationToken: cancellationToken);

    public Task DeleteAllForUserAsync(string userId, CancellationToken cancellationToken) =>
        collections.RefreshTokens.DeleteManyAsync(Filter.Eq(t => t.UserId, userId), cancellationToken);

    private static UpdateDefinition<RefreshToken> Revoke(DateTimeOffset at) => Builders<RefreshToken>.Update.Set(t => t.RevokedAt, at);
}
