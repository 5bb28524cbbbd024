using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

internal sealed class MongoUserRepository(MongoCollections collections) : IUserRepository
{
    private static readonly FilterDefinitionBuilder<User> Filter = Builders<User>.Filter;

    public async Task CreateAsync(User user, CancellationToken cancellationToken)
    {
        try
        {
            await collections.Users.InsertOneAsync(user, cancellationToken: cancellationToken);
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            throw new DuplicateUserException(
                ex.WriteError.Message.Contains(MongoCollections.UniqueUserNameIndex, StringComparison.Ordinal) ? "username" : "email");
        }
    }

    public async Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        await collections.Users.Find(Filter.Eq(u => u.Id, id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<User?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken) =>
        await collections.Users.Find(ByLogin(normalizedLogin)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Equality on both normalised fields; the value is always a BSON string, never an operator.</summary>
    public static FilterDefinition<User> ByLogin(string normalizedLogin) =>
        Filter.Or(Filter.Eq(u => u.NormalizedEmail, normalizedLogin), Filter.Eq(u => u.NormalizedUserName, normalizedLogin));

    public async Task<int?> GetSessionVersionAsync(string id, CancellationToken cancellationToken)
    {
        // Only the one field travels; a document from before the version existed reads as 0.
        var found = await collections.Users.Find(Filter.Eq(u => u.Id, id))
            .Project(u => new { u.SessionVersion })
            .FirstOrDefaultAsync(cancellationToken);
        return found?.SessionVersion;
    }

    public async Task<int?> BumpSessionVersionAsync(string id, CancellationToken cancellationToken)
    {
        var updated = await collections.Users.FindOneAndUpdateAsync(
            Filter.Eq(u => u.Id, id),
            Builders<User>.Update.Inc(u => u.SessionVersion, 1),
            new FindOneAndUpdateOptions<User> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return updated?.SessionVersion;
    }

    public async Task<bool> SetPasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken)
    {
        var update = Builders<User>.Update.Set(u => u.PasswordHash, passwordHash).Inc(u => u.SessionVersion, 1);
        return (await collections.Users.UpdateOneAsync(Filter.Eq(u => u.Id, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
    }

    public async Task<bool> SetEmailAsync(string id, string email, string normalizedEmail, CancellationToken cancellationToken)
    {
        var update = Builders<User>.Update.Set(u => u.Email, email).Set(u => u.NormalizedEmail, normalizedEmail);
        try
        {
            return (await collections.Users.UpdateOneAsync(Filter.Eq(u => u.Id, id), update, cancellationToken: cancellationToken)).MatchedCount == 1;
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            throw new DuplicateUserException("email");
        }
    }

    public async Task<bool> UpdateProfileAsync(string id, UserProfile profile, CancellationToken cancellationToken)
    {
        var result = await collections.Users.UpdateOneAsync(
            Filter.Eq(u => u.Id, id), Builders<User>.Update.Set(u => u.Profile, profile), cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        (await collections.Users.DeleteOneAsync(Filter.Eq(u => u.Id, id), cancellationToken)).DeletedCount == 1;
}
