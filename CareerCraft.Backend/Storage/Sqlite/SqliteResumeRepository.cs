namespace CareerCraft.Backend.Storage.Sqlite;

internal sealed class SqliteResumeRepository(SqliteDatabase database) : IResumeRepository
{
    public Task AddAsync(Resume resume, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO resumes (id, owner_id, uploaded_at, doc) VALUES ($id, $owner, $at, $doc);",
            cancellationToken,
            ("$id", resume.Id), ("$owner", resume.OwnerId), ("$at", resume.UploadedAt.ToUnixTimeMilliseconds()),
            ("$doc", SqliteCommands.Serialize(resume)));

    public Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<Resume>(
            "SELECT doc FROM resumes WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId));

    public Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        database.QueryPageAsync<Resume>("resumes", "uploaded_at DESC, id DESC", ownerId, skip, take, cancellationToken);

    public async Task<bool> SetExtractionAsync(string ownerId, string id, ExtractionOutcome outcome, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            """
            UPDATE resumes SET doc = json_set(doc, '$.extraction', $status, '$.text', $text, '$.extractionProblem', $problem,
                '$.extractionDetail', $detail, '$.nextExtractionAt', NULL)
            WHERE id = $id AND owner_id = $owner;
            """,
            cancellationToken, ("$id", id), ("$owner", ownerId), ("$status", outcome.Status), ("$text", outcome.Text),
            ("$problem", outcome.Problem), ("$detail", outcome.Detail)) == 1;

    // A compare-and-set in one statement: SQLite runs writes one at a time, so of two reads claiming the same attempt
    // exactly one matches. Records from before the count existed have no field: COALESCE reads them as 0.
    public async Task<bool> ClaimExtractionAttemptAsync(
        string ownerId, string id, int attemptsSeen, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            """
            UPDATE resumes SET doc = json_set(doc, '$.extractionAttempts', $attempts, '$.nextExtractionAt', $next)
            WHERE id = $id AND owner_id = $owner AND json_extract(doc, '$.extraction') = $pending
                AND COALESCE(json_extract(doc, '$.extractionAttempts'), 0) = $seen;
            """,
            cancellationToken, ("$id", id), ("$owner", ownerId), ("$attempts", attemptsSeen + 1), ("$next", nextAttemptAt.ToString("O")),
            ("$pending", ExtractionStatus.Pending), ("$seen", attemptsSeen)) == 1;

    // The analysis is bound as text, so json_set keeps it a JSON string: it comes back byte for byte as sent. The
    // snapshot is appended and the oldest dropped past the cap in the same statement, so two saves never lose one.
    // json() around the inner result: a value coming out of a subquery has lost its JSON subtype and would be stored
    // as a string.
    public async Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, AnalysisSnapshot snapshot, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            """
            UPDATE resumes SET doc = (
                SELECT json_set(doc, '$.analysisJson', $analysis, '$.analyzedAt', $at, '$.analyses',
                    json(CASE WHEN json_array_length(appended) > $max THEN json_remove(appended, '$[0]') ELSE appended END))
                FROM (SELECT json_insert(COALESCE(json_extract(doc, '$.analyses'), '[]'), '$[#]', json($snapshot)) AS appended))
            WHERE id = $id AND owner_id = $owner;
            """,
            cancellationToken, ("$id", id), ("$owner", ownerId), ("$analysis", analysisJson), ("$at", snapshot.At.ToString("O")),
            ("$snapshot", SqliteCommands.Serialize(snapshot)), ("$max", Resume.MaxAnalysisHistory)) == 1;

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM resumes WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId)) == 1;

    public async Task<StorageUsage> GetUsageAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command(
            "SELECT COUNT(*), COALESCE(SUM(json_extract(doc, '$.size')), 0) FROM resumes WHERE owner_id = $owner;", ("$owner", ownerId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StorageUsage(reader.GetInt64(0), reader.GetInt64(1));
    }

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM resumes WHERE owner_id = $owner;", cancellationToken, ("$owner", ownerId));
}
