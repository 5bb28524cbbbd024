namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>The hashes of the latest files that killed a worker, oldest forgotten first.</summary>
internal sealed class KillerFiles(int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool Contains(string hash)
    {
        lock (_gate)
        {
            return _hashes.Contains(hash);
        }
    }

    public void Add(string hash)
    {
        if (capacity == 0)
        {
            return;
        }
        lock (_gate)
        {
            if (!_hashes.Add(hash))
            {
                return;
            }
            _order.Enqueue(hash);
            if (_order.Count > capacity)
            {
                _hashes.Remove(_order.Dequeue());
            }
        }
    }
}
