namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// At most a fixed number of files per requester in the workers at once; the rest of that requester's files wait
/// their turn. One user sending slow or hostile files then holds only part of the pool, and everyone else the rest.
/// </summary>
internal sealed class RequesterGate(int perRequester)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string requester, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(requester, out entry!))
            {
                entry = new Entry(new SemaphoreSlim(perRequester, perRequester));
                _entries[requester] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Slots.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(requester, entry, entered: false);
            throw;
        }
        return new Pass(this, requester, entry);
    }

    private void Leave(string requester, Entry entry, bool entered)
    {
        if (entered)
        {
            entry.Slots.Release();
        }
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                // Nobody holds or waits for it: forgotten, so the table stays as small as the set of active users.
                _entries.Remove(requester);
                entry.Slots.Dispose();
            }
        }
    }

    private sealed class Entry(SemaphoreSlim slots)
    {
        public SemaphoreSlim Slots { get; } = slots;

        public int Users { get; set; }
    }

    private sealed class Pass(RequesterGate gate, string requester, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(requester, entry, entered: true);
            }
        }
    }
}
