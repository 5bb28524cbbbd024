namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The worker's logs as one line each on stderr, <c>level TAB category TAB message</c>, which the service parses back
/// into its own logs (<see cref="WorkerLogLine"/>): the worker has no telemetry pipeline of its own.
/// </summary>
internal sealed class StderrLineLoggerProvider : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new LineLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class LineLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var line = WorkerLogLine.Format(logLevel, category, formatter(state, exception));
            lock (Gate)
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}

/// <summary>One log line of a worker, written by the worker and read back by the service.</summary>
internal static class WorkerLogLine
{
    private const char Separator = '\t';

    public static string Format(LogLevel level, string category, string message) =>
        $"{(int)level}{Separator}{category}{Separator}{message.ReplaceLineEndings(" ")}";

    /// <summary>The level, category and message of a line; a line that is not ours (native output) is Debug.</summary>
    public static (LogLevel Level, string Category, string Message) Parse(string line)
    {
        var parts = line.Split(Separator, 3);
        return parts.Length == 3 && int.TryParse(parts[0], out var level) && level is >= 0 and <= (int)LogLevel.Critical
            ? ((LogLevel)level, parts[1], parts[2])
            : (LogLevel.Debug, "native", line);
    }
}
