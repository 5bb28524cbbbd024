using Microsoft.Data.Sqlite;

namespace CareerCraft.Backend.Storage.Sqlite;

/// <summary>
/// Tables of the embedded store, created at start. Each row keeps the whole record as a JSON document; the columns
/// beside it exist only to be indexed, constrained or filtered on.
/// </summary>
internal static class SqliteSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS users (
            id TEXT PRIMARY KEY,
            normalized_email TEXT NOT NULL,
            normalized_username TEXT NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_users_normalized_email ON users (normalized_email);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_users_normalized_username ON users (normalized_username);

        CREATE TABLE IF NOT EXISTS refresh_tokens (
            id TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL,
            user_id TEXT NOT NULL,
            family_id TEXT NOT NULL,
            revoked_at TEXT NULL,
            doc TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_refresh_tokens_hash ON refresh_tokens (token_hash);
        CREATE INDEX IF NOT EXISTS ix_refresh_tokens_family ON refresh_tokens (family_id);
        CREATE INDEX IF NOT EXISTS ix_refresh_tokens_user ON refresh_tokens (user_id);

        CREATE TABLE IF NOT EXISTS resumes (
            id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            uploaded_at INTEGER NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_resumes_owner ON resumes (owner_id, uploaded_at DESC, id DESC);

        CREATE TABLE IF NOT EXISTS cover_letters (
            id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_cover_letters_owner ON cover_letters (owner_id, created_at DESC, id DESC);

        CREATE TABLE IF NOT EXISTS saved_jobs (
            id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            saved_at INTEGER NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_saved_jobs_owner ON saved_jobs (owner_id, saved_at DESC, id DESC);

        CREATE TABLE IF NOT EXISTS applications (
            id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL,
            job_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_applications_owner ON applications (owner_id, created_at DESC, id DESC);
        CREATE INDEX IF NOT EXISTS ix_applications_job ON applications (owner_id, job_id);

        CREATE TABLE IF NOT EXISTS files (
            key TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        );
        """;

    public static void Create(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }
}
