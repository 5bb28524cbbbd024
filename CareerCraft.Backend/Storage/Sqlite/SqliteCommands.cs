using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CareerCraft.Backend.Storage.Sqlite;

/// <summary>
/// Parameterised commands only: every value reaches SQLite as a bound parameter, never as SQL text.
/// </summary>
internal static class SqliteCommands
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const int ConstraintViolation = 19;

    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this SqliteDatabase database, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<T?> QuerySingleAsync<T>(this SqliteDatabase database, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
        where T : class
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Deserialize<T>(reader.GetString(0)) : null;
    }

    /// <summary>
    /// A page of documents (first column) plus the count of all rows the filter matches. <paramref name="table"/> and
    /// <paramref name="orderBy"/> are constants of the calling repository, never request data.
    /// </summary>
    public static async Task<Page<T>> QueryPageAsync<T>(
        this SqliteDatabase database, string table, string orderBy, string ownerId, int skip, int take, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = database.OpenConnection();
        await using var count = connection.Command($"SELECT COUNT(*) FROM {table} WHERE owner_id = $owner;", ("$owner", ownerId));
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var query = connection.Command(
            $"SELECT doc FROM {table} WHERE owner_id = $owner ORDER BY {orderBy} LIMIT $take OFFSET $skip;",
            ("$owner", ownerId), ("$take", take), ("$skip", skip));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Deserialize<T>(reader.GetString(0)));
        }
        return new Page<T>(items, total);
    }

    /// <summary>How many rows of <paramref name="table"/> (a constant of the calling repository) the owner has.</summary>
    public static async Task<long> CountOwnedAsync(this SqliteDatabase database, string table, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenConnection();
        await using var command = connection.Command($"SELECT COUNT(*) FROM {table} WHERE owner_id = $owner;", ("$owner", ownerId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;
}
