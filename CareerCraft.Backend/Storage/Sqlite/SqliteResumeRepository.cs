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

    public async Task<bool> SetExtractionAsync(string ownerId, string id, string status, string? text, string? problem, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE resumes SET doc = json_set(doc, '$.extraction', $status, '$.text', $text, '$.extractionProblem', $problem) WHERE id = $id AND owner_id = $owner;",
            cancellationToken, ("$id", id), ("$owner", ownerId), ("$status", status), ("$text", text), ("$problem", problem)) == 1;

    public async Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, DateTimeOffset at, CancellationToken cancellationToken) =>
        // Bound as text, so json_set keeps it a JSON string: the analysis comes back byte for byte as sent.
        await database.ExecuteAsync(
            "UPDATE resumes SET doc = json_set(doc, '$.analysisJson', $analysis, '$.analyzedAt', $at) WHERE id = $id AND owner_id = $owner;",
            cancellationToken, ("$id", id), ("$owner", ownerId), ("$analysis", analysisJson), ("$at", at.ToString("O"))) == 1;

    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM resumes WHERE id = $id AND owner_id = $owner;", cancellationToken, ("$id", id), ("$owner", ownerId)) == 1;
}
