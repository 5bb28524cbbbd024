using CareerCraft.Backend.Files;

namespace CareerCraft.Backend.Storage.Sqlite;

/// <summary>Files in a blob table of the same SQLite file, so one backup holds records and files together.</summary>
internal sealed class SqliteFileStore(SqliteDatabase database) : IFileStore
{
    public string Name => FileStores.Database;

    public async Task<string> SaveAsync(string suggestedKey, string fileName, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            "INSERT INTO files (key, file_name, content_type, size, content) VALUES ($key, $name, $type, $size, $content);",
            cancellationToken,
            ("$key", suggestedKey), ("$name", fileName), ("$type", contentType), ("$size", content.Length), ("$content", content.ToArray()));
        return suggestedKey;
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command("SELECT content FROM files WHERE key = $key;", ("$key", key));
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM files WHERE key = $key;", cancellationToken, ("$key", key));
}
