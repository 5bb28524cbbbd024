namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteApplicationRepository(SqliteDatabase database) : IApplicationRepository
{
    public Task AddAsync(JobApplication application, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO applications (id, owner_id, job_id, created_at, doc) VALUES ($id, $owner, $job, $at, $doc);",
            cancellationToken,
            ("$id", application.Id), ("$owner", application.OwnerId), ("$job", application.JobId),
            ("$at", application.CreatedAt.ToUnixTimeMilliseconds()), ("$doc", SqliteCommands.Serialize(application)));

    public Task<JobApplication?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<JobApplication>(
            "SELECT doc FROM applications WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId));

    public Task<Page<JobApplication>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        database.QueryPageAsync<JobApplication>("applications", "created_at DESC, id DESC", ownerId, skip, take, cancellationToken);

    public async Task<bool> UpdateAsync(JobApplication application, CancellationToken cancellationToken)
    {
        // json_set rather than json_patch: a patch's null removes a field, and an unlinked letter must read back as null.
        // Owner, job and creation time are never taken from the caller's copy.
        return await database.ExecuteAsync(
            """
            UPDATE applications SET doc = json_set(doc,
                '$.resumeId', $resume, '$.coverLetterId', $letter, '$.status', $status, '$.history', json($history),
                '$.notes', $notes, '$.interviewAt', $interview, '$.matchJson', $match, '$.matchResumeId', $matchResume,
                '$.matchedAt', $matchedAt, '$.updatedAt', $updated)
            WHERE id = $id AND owner_id = $owner;
            """,
            cancellationToken, ("$id", application.Id), ("$owner", application.OwnerId),
            ("$resume", application.ResumeId), ("$letter", application.CoverLetterId), ("$status", application.Status),
            ("$history", SqliteCommands.Serialize(application.History)), ("$notes", application.Notes),
            ("$interview", application.InterviewAt?.ToString("O")), ("$match", application.MatchJson),
            ("$matchResume", application.MatchResumeId), ("$matchedAt", application.MatchedAt?.ToString("O")),
            ("$updated", application.UpdatedAt.ToString("O"))) == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM applications WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId)) == 1;

    public Task<long> CountAsync(string ownerId, CancellationToken cancellationToken) =>
        database.CountOwnedAsync("applications", ownerId, cancellationToken);

    public async Task<bool> AnyForJobAsync(string ownerId, string jobId, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command(
            "SELECT EXISTS (SELECT 1 FROM applications WHERE owner_id = $owner AND job_id = $job);", ("$owner", ownerId), ("$job", jobId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM applications WHERE owner_id = $owner;", cancellationToken, ("$owner", ownerId));
}
