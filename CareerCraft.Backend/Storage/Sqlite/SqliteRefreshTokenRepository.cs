namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteRefreshTokenRepository(SqliteDatabase database) : IRefreshTokenRepository
{
    public Task AddAsync(RefreshToken token, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO refresh_tokens (id, token_hash, user_id, family_id, revoked_at, doc) VALUES ($id, $hash, $user, $family, NULL, $doc);",
            cancellationToken,
            ("$id", token.Id), ("$hash", token.TokenHash), ("$user", token.UserId), ("$family", token.FamilyId),
            ("$doc", SqliteCommands.Serialize(token)));

    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<RefreshToken>(
            "SELECT json_set(doc, '$.revokedAt', revoked_at) FROM refresh_tokens WHERE token_hash = $hash;",
            cancellationToken, ("$hash", tokenHash));

    public async Task<bool> TryRevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE refresh_tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;",
            cancellationToken, ("$id", id), ("$at", at.ToString("O"))) == 1;

    public Task RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE refresh_tokens SET revoked_at = $at WHERE family_id = $family AND revoked_at IS NULL;",
            cancellationToken, ("$family", familyId), ("$at", at.ToString("O")));

    public Task RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE refresh_tokens SET revoked_at = $at WHERE user_id = $user AND revoked_at IS NULL;",
            cancellationToken, ("$user", userId), ("$at", at.ToString("O")));

    public Task DeleteAllForUserAsync(string userId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM refresh_tokens WHERE user_id = $user;", cancellationToken, ("$user", userId));
}
