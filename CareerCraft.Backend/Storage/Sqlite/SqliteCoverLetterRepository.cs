namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteCoverLetterRepository(SqliteDatabase database) : ICoverLetterRepository
{
    public Task AddAsync(CoverLetter letter, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO cover_letters (id, owner_id, created_at, doc) VALUES ($id, $owner, $at, $doc);",
            cancellationToken,
            ("$id", letter.Id), ("$owner", letter.OwnerId), ("$at", letter.CreatedAt.ToUnixTimeMilliseconds()),
            ("$doc", SqliteCommands.Serialize(letter)));

    public Task<CoverLetter?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<CoverLetter>(
            "SELECT doc FROM cover_letters WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId));

    public Task<Page<CoverLetter>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        database.QueryPageAsync<CoverLetter>("cover_letters", "created_at DESC, id DESC", ownerId, skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(CoverLetter letter, CancellationToken cancellationToken)
    {
        // Creation time and owner are never taken from the caller's copy.
        var patch = SqliteCommands.Serialize(new
        {
            letter.CompanyName,
            letter.JobTitle,
            letter.JobDescription,
            letter.Tone,
            letter.Content,
            letter.UpdatedAt,
        });
        return await database.ExecuteAsync(
            "UPDATE cover_letters SET doc = json_patch(doc, $patch) WHERE id = $id AND owner_id = $owner;",
            cancellationToken, ("$id", letter.Id), ("$owner", letter.OwnerId), ("$patch", patch)) == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM cover_letters WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId)) == 1;

    public async Task<long> CountAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command("SELECT COUNT(*) FROM cover_letters WHERE owner_id = $owner;", ("$owner", ownerId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM cover_letters WHERE owner_id = $owner;", cancellationToken, ("$owner", ownerId));
}
