using CareerCraft.Backend.Storage;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Holds the next <c>n</c> reads of a resume, once read, until all <c>n</c> have read, so that concurrent requests really act on
/// the same state. Without it they barely overlap here: SQLite's async calls run synchronously, and on two cores
/// one request gets as far as the ML call before the next has read anything.
/// </summary>
public sealed class ReadGate
{
    private int _waiting;
    private TaskCompletionSource _open = new();

    public void Arm(int readers)
    {
        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _waiting, readers);
    }

    public Task PassAsync()
    {
        var left = Interlocked.Decrement(ref _waiting);
        if (left < 0)
        {
            return Task.CompletedTask;
        }
        if (left == 0)
        {
            _open.TrySetResult();
        }
        return _open.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}

/// <summary>The store's resume repository with its reads going through a <see cref="ReadGate"/>.</summary>
public sealed class GatedResumeReads(IResumeRepository inner, ReadGate gate) : IResumeRepository
{
    public async Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken)
    {
        // Read first, then wait: each holds the state it read while the others read theirs.
        var resume = await inner.GetAsync(ownerId, id, cancellationToken);
        await gate.PassAsync();
        return resume;
    }

    public Task AddAsync(Resume resume, CancellationToken cancellationToken) => inner.AddAsync(resume, cancellationToken);

    public Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken) =>
        inner.ListAsync(ownerId, skip, take, cancellationToken);

    public Task<bool> SetExtractionAsync(string ownerId, string id, ExtractionOutcome outcome, CancellationToken cancellationToken) =>
        inner.SetExtractionAsync(ownerId, id, outcome, cancellationToken);

    public Task<bool> ClaimExtractionAttemptAsync(string ownerId, string id, int attemptsSeen, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        inner.ClaimExtractionAttemptAsync(ownerId, id, attemptsSeen, nextAttemptAt, cancellationToken);

    public Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, AnalysisSnapshot snapshot, CancellationToken cancellationToken) =>
        inner.SetAnalysisAsync(ownerId, id, analysisJson, snapshot, cancellationToken);

    public Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken) => inner.DeleteAsync(ownerId, id, cancellationToken);

    public Task<StorageUsage> GetUsageAsync(string ownerId, CancellationToken cancellationToken) => inner.GetUsageAsync(ownerId, cancellationToken);

    public Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken) => inner.DeleteAllAsync(ownerId, cancellationToken);
}
