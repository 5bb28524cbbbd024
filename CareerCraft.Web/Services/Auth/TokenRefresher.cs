using System.Collections.Concurrent;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Problems;
using Microsoft.Extensions.Caching.Memory;

namespace CareerCraft.Web.Services.Auth;

/// <summary>
/// Keeps each sign-in session's newest token pair in server memory and refreshes it shortly before it expires.
/// The cookie ticket is the durable copy; this cache exists because an interactive circuit cannot rewrite the
/// cookie: when a circuit refreshes (rotating the refresh token), the next HTTP request finds the newer pair here
/// and writes it into the cookie. One lock per session stops two refreshes racing (the loser's token would be revoked).
/// </summary>
public sealed class TokenRefresher(
    IMemoryCache cache,
    BackendAuthClient backend,
    TimeProvider clock,
    ILogger<TokenRefresher> logger)
{
    /// <summary>Refresh this long before expiry so a call never leaves with a token that dies on the way.</summary>
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromHours(12);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();

    /// <summary>
    /// The freshest usable pair for the session, refreshed when close to expiry; null when the backend refused
    /// the refresh token (revoked or expired): the session is over. When the backend is unreachable the current
    /// pair is returned so the page can show "service down" instead of signing the user out.
    /// </summary>
    public async Task<TokenSet?> GetFreshAsync(string sessionId, TokenSet? known, CancellationToken cancellationToken = default)
    {
        var current = Newest(cache.Get<TokenSet>(Key(sessionId)), known);
        if (current is null)
        {
            return null;
        }
        if (!current.ExpiresWithin(RefreshWindow, clock))
        {
            Remember(sessionId, current);
            return current;
        }

        var gate = _locks.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            current = Newest(cache.Get<TokenSet>(Key(sessionId)), current)!;
            if (!current.ExpiresWithin(RefreshWindow, clock))
            {
                return current;
            }
            var result = await backend.RefreshAsync(current.RefreshToken, cancellationToken);
            var refreshed = new TokenSet(result.Token, result.RefreshToken, result.ExpiresAt);
            Remember(sessionId, refreshed);
            return refreshed;
        }
        catch (ServiceException ex) when (ex.Problem.Status is 400 or 401 or 403 or 404)
        {
            logger.LogInformation("Refresh token refused ({Status}); the session ends.", ex.Problem.Status);
            Forget(sessionId);
            return null;
        }
        catch (ServiceException ex)
        {
            logger.LogWarning("Token refresh failed ({Problem}); keeping the current token.", ex.Problem.Message);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Remember(string sessionId, TokenSet tokens) =>
        cache.Set(Key(sessionId), tokens, new MemoryCacheEntryOptions { SlidingExpiration = CacheLifetime });

    public void Forget(string sessionId)
    {
        cache.Remove(Key(sessionId));
        _locks.TryRemove(sessionId, out _);
    }

    private static TokenSet? Newest(TokenSet? a, TokenSet? b) =>
        a is null ? b : b is null ? a : a.ExpiresAt >= b.ExpiresAt ? a : b;

    private static string Key(string sessionId) => "tokens:" + sessionId;
}
