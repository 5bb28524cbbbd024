using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// Embeddings by content hash (SHA-256 of the text), bounded to <see cref="EmbeddingCacheOptions.JobCacheEntries"/>: the same
/// posting sent by many users or pages is embedded once, and so is a resume ranked again against another page of jobs.
/// </summary>
public sealed class JobEmbeddingCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly bool _enabled;

    public JobEmbeddingCache(IOptions<EmbeddingCacheOptions> options)
    {
        _enabled = options.Value.JobCacheEntries > 0;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, options.Value.JobCacheEntries),
            // Over the limit, drop a tenth (least recently used first) rather than refusing new entries for long.
            CompactionPercentage = 0.1,
        });
    }

    /// <summary>False when configured with no entries: nothing is remembered, so nothing is worth computing ahead.</summary>
    public bool Enabled => _enabled;

    public static string ResumeKey(string text) => "resume:" + Hash(text);

    private static string TextKey(string text) => "text:" + Hash(text);

    /// <summary>
    /// Embeds texts through the cache: a resume's lines and the taxonomy's skill names recur across every match of
    /// that resume, so only the texts not seen before go to the embedder (in one call, so they still batch).
    /// </summary>
    public async Task<float[][]> EmbedAsync(ITextEmbedder embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Count][];
        var missing = new List<string>();
        var missingIndexes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (TryGet(TextKey(texts[i]), out var cached))
            {
                vectors[i] = cached;
            }
            else if (missingIndexes.TryGetValue(texts[i], out var indexes))
            {
                indexes.Add(i);
            }
            else
            {
                missingIndexes[texts[i]] = [i];
                missing.Add(texts[i]);
            }
        }

        if (missing.Count > 0)
        {
            var computed = await embedder.EmbedAsync(missing, cancellationToken);
            for (var m = 0; m < missing.Count; m++)
            {
                Set(TextKey(missing[m]), computed[m]);
                foreach (var index in missingIndexes[missing[m]])
                {
                    vectors[index] = computed[m];
                }
            }
        }
        return vectors;
    }

    /// <summary>Whether <see cref="EmbedAsync"/> would answer this text from the cache.</summary>
    public bool Contains(string text) => TryGet(TextKey(text), out _);

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
