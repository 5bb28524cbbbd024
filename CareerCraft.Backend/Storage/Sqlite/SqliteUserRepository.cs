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

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command("SELECT 1 FROM users WHERE id = $id;", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<bool> UpdateProfileAsync(string id, UserProfile profile, CancellationToken cancellationToken) =>
        // One statement, so a concurrent update cannot interleave between a read and a write.
        await database.ExecuteAsync(
            "UPDATE users SET doc = json_set(doc, '$.profile', json($profile)) WHERE id = $id;",
            cancellationToken, ("$id", id), ("$profile", SqliteCommands.Serialize(profile))) == 1;

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM users WHERE id = $id;", cancellationToken, ("$id", id)) == 1;
}
