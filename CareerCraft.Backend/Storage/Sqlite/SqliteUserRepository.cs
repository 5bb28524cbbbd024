using Microsoft.Data.Sqlite;

namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteUserRepository(SqliteDatabase database) : IUserRepository
{
    public async Task CreateAsync(User user, CancellationToken cancellationToken)
    {
        try
        {
            await database.ExecuteAsync(
                "INSERT INTO users (id, normalized_email, normalized_username, doc) VALUES ($id, $email, $username, $doc);",
                cancellationToken,
                ("$id", user.Id), ("$email", user.NormalizedEmail), ("$username", user.NormalizedUserName),
                ("$doc", SqliteCommands.Serialize(user)));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteCommands.ConstraintViolation)
        {
            throw new DuplicateUserException(ex.Message.Contains("normalized_username", StringComparison.Ordinal) ? "username" : "email");
        }
    }

    public Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<User>("SELECT doc FROM users WHERE id = $id;", cancellationToken, ("$id", id));

    public Task<User?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<User>(
            "SELECT doc FROM users WHERE normalized_email = $login OR normalized_username = $login LIMIT 1;",
            cancellationToken, ("$login", normalizedLogin));

    public async Task<int?> GetSessionVersionAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        // Records from before the version existed have no field: they read as 0, as the tokens issued then claimed.
        await using var command = connection.Command(
            "SELECT COALESCE(json_extract(doc, '$.sessionVersion'), 0) FROM users WHERE id = $id;", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? (int)version : null;
    }

    public async Task<int?> BumpSessionVersionAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command(
            """
            UPDATE users SET doc = json_set(doc, '$.sessionVersion', COALESCE(json_extract(doc, '$.sessionVersion'), 0) + 1)
            WHERE id = $id RETURNING json_extract(doc, '$.sessionVersion');
            """, ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? (int)version : null;
    }

    public async Task<bool> SetPasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            """
            UPDATE users SET doc = json_set(doc, '$.passwordHash', $hash,
                '$.sessionVersion', COALESCE(json_extract(doc, '$.sessionVersion'), 0) + 1)
            WHERE id = $id;
            """,
            cancellationToken, ("$id", id), ("$hash", passwordHash)) == 1;

    public async Task<bool> SetEmailAsync(string id, string email, string normalizedEmail, CancellationToken cancellationToken)
    {
        try
        {
            return await database.ExecuteAsync(
                "UPDATE users SET normalized_email = $normalized, doc = json_set(doc, '$.email', $email, '$.normalizedEmail', $normalized) WHERE id = $id;",
                cancellationToken, ("$id", id), ("$email", email), ("$normalized", normalizedEmail)) == 1;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteCommands.ConstraintViolation)
        {
            throw new DuplicateUserException("email");
        }
    }

    public async Task<bool> UpdateProfileAsync(string id, UserProfile profile, CancellationToken cancellationToken) =>
        // One statement, so a concurrent update cannot interleave between a read and a write.
        await database.ExecuteAsync(
            "UPDATE users SET doc = json_set(doc, '$.profile', json($profile)) WHERE id = $id;",
            cancellationToken, ("$id", id), ("$profile", SqliteCommands.Serialize(profile))) == 1;

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM users WHERE id = $id;", cancellationToken, ("$id", id)) == 1;
}
