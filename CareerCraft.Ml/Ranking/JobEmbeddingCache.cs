using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Ranking;

/// <summary>
/// Embeddings by content hash (SHA-256 of the text), bounded to <see cref="RankingOptions.JobCacheEntries"/>: the same
/// posting sent by many users or pages is embedded once, and so is a resume ranked again against another page of jobs.
/// </summary>
public sealed class JobEmbeddingCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly bool _enabled;

    public JobEmbeddingCache(IOptions<RankingOptions> options)
    {
        _enabled = options.Value.JobCacheEntries > 0;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, options.Value.JobCacheEntries),
            // Over the limit, drop a tenth (least recently used first) rather than refusing new entries for long.
            CompactionPercentage = 0.1,
        });
    }

    public static string Key(string text) => "job:" + Hash(text);

    public static string ResumeKey(string text) => "resume:" + Hash(text);

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool TryGet(string key, out float[] vector)
    {
        if (_enabled && _cache.TryGetValue(key, out float[]? found) && found is not null)
        {
            vector = found;
            return true;
        }
        vector = [];
        return false;
    }

    public void Set(string key, float[] vector)
    {
        if (_enabled)
        {
            _cache.Set(key, vector, new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    public void Dispose() => _cache.Dispose();
}
