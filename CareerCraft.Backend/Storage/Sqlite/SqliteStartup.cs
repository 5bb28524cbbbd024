namespace CareerCraft.Backend.Storage.Sqlite;

/// <summary>Opens the store (and so creates its tables) at start, not on the first request, and says where it is.</summary>
internal sealed partial class SqliteStartup(SqliteDatabase database, ILogger<SqliteStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogStore(logger, database.FilePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded SQLite store at {Path} (no ConnectionStrings:careercraft for MongoDB)")]
    private static partial void LogStore(ILogger logger, string path);
}
