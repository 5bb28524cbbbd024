using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// Keeps the newest warnings and errors of the services hosted in a test, so a failed browser step can say what
/// the servers saw (a circuit exception, a refused request) instead of only "timeout".
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    private const int Capacity = 200;
    private readonly ConcurrentQueue<string> _entries = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public IReadOnlyList<string> Entries => [.. _entries];

    private void Add(string entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    // Shared by the three hosts of a test; each host disposes its providers, the recorder has nothing to free.
    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel is >= LogLevel.Warning and < LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var line = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            owner.Add(exception is null ? line : $"{line}{Environment.NewLine}    {exception.GetType().Name}: {exception.Message}");
        }
    }
}
