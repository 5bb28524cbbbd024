namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteJobRepository(SqliteDatabase database) : IJobRepository
{
    public Task AddAsync(SavedJob job, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO saved_jobs (id, owner_id, saved_at, doc) VALUES ($id, $owner, $at, $doc);",
            cancellationToken,
            ("$id", job.Id), ("$owner", job.OwnerId), ("$at", job.SavedAt.ToUnixTimeMilliseconds()), ("$doc", SqliteCommands.Serialize(job)));

    public Task<SavedJob?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<SavedJob>(
            "SELECT doc FROM saved_jobs WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId));

    public Task<Page<SavedJob>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        database.QueryPageAsync<SavedJob>("saved_jobs", "saved_at DESC, id DESC", ownerId, skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(SavedJob job, CancellationToken cancellationToken)
    {
        // Save date and owner are never taken from the caller's copy.
        var patch = SqliteCommands.Serialize(new
        {
            job.Title,
            job.Company,
            job.Location,
            job.Url,
            job.Description,
            job.SalaryText,
            job.Source,
            job.UpdatedAt,
        });
        return await database.ExecuteAsync(
            "UPDATE saved_jobs SET doc = json_patch(doc, $patch) WHERE id = $id AND owner_id = $owner;",
            cancellationToken, ("$id", job.Id), ("$owner", job.OwnerId), ("$patch", patch)) == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM saved_jobs WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId)) == 1;

    public Task<long> CountAsync(string ownerId, CancellationToken cancellationToken) =>
        database.CountOwnedAsync("saved_jobs", ownerId, cancellationToken);

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM saved_jobs WHERE owner_id = $owner;", cancellationToken, ("$owner", ownerId));
}
