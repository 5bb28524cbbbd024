using Microsoft.Data.Sqlite;

namespace CareerCraft.Backend.Storage;

/// <summary>
/// The embedded store's file; hands out connections already set to WAL and full sync. Opening it creates the tables.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    private SqliteDatabase(string path)
    {
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public static SqliteDatabase Open(StorageOptions options, IHostEnvironment environment)
    {
        var path = System.IO.Path.IsPathRooted(options.Path)
            ? options.Path
            : System.IO.Path.Combine(environment.ContentRootPath, "App_Data", options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var db = new SqliteDatabase(path);
        using var connection = db.OpenConnection();
        using var wal = connection.CreateCommand();
        // WAL is a property of the file and sticks; synchronous is per connection (set in OpenConnection).
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
        Sqlite.SqliteSchema.Create(connection);
        return db;
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
