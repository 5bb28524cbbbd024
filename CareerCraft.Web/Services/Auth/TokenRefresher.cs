using System.Collections.Concurrent;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Problems;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;

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
    AccessTokenCheck tokens,
    TimeProvider clock,
    ILogger<TokenRefresher> logger)
{
    /// <summary>Refresh this long before expiry so a call never leaves with a token that dies on the way.</summary>
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromHours(12);
    private static readonly JsonWebTokenHandler Reader = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _sessionsByUser = new();

    /// <summary>
    /// The freshest usable pair for the session, refreshed when close to expiry; null when the backend refused
    /// the refresh token (revoked or expired): the session is over. When the backend is unreachable the current
    /// pair is returned so the page can show "service down" instead of signing the user out.
    /// </summary>
    /// <remarks>
    /// A session this server does not know (signed out here, or a cookie from before a restart) is never taken on
    /// the ticket's word: its refresh token is tried at once, so a cookie copied before sign-out is refused at its
    /// first request instead of working until its access token expires.
    /// </remarks>
    public async Task<TokenSet?> GetFreshAsync(string sessionId, TokenSet? known, CancellationToken cancellationToken = default)
    {
        var cached = cache.Get<TokenSet>(Key(sessionId));
        var current = Newest(cached, known);
        if (current is null)
        {
            return null;
        }
        return cached is not null && !current.ExpiresWithin(RefreshWindow, clock)
            ? current
            : await RefreshAsync(sessionId, current, stale: null, cancellationToken);
    }

    /// <summary>
    /// After the backend refused <paramref name="refusedAccessToken"/> (the session version moved on: a sign-out
    /// in another browser), a new pair if the refresh token still works; null when the session is over.
    /// </summary>
    public async Task<TokenSet?> RenewAsync(string sessionId, string refusedAccessToken, CancellationToken cancellationToken = default) =>
        cache.Get<TokenSet>(Key(sessionId)) is { } current
            ? await RefreshAsync(sessionId, current, stale: refusedAccessToken, cancellationToken)
            : null;

    private async Task<TokenSet?> RefreshAsync(string sessionId, TokenSet current, string? stale, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            var cached = cache.Get<TokenSet>(Key(sessionId));
            current = Newest(cached, current)!;
            var due = stale is null ? cached is null || current.ExpiresWithin(RefreshWindow, clock) : current.AccessToken == stale;
            if (!due)
            {
                return current;
            }
            var result = await backend.RefreshAsync(current.RefreshToken, cancellationToken);
            var refreshed = new TokenSet(await tokens.RequireValidAsync(result.Token), result.RefreshToken, result.ExpiresAt);
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

    public void Remember(string sessionId, TokenSet tokens)
    {
        cache.Set(Key(sessionId), tokens, new MemoryCacheEntryOptions { SlidingExpiration = CacheLifetime });
        // The token was verified on receipt; its subject says whose session this is.
        if (Reader.CanReadToken(tokens.AccessToken) && new JsonWebToken(tokens.AccessToken).Subject is { Length: > 0 } userId)
        {
            _sessionsByUser.GetOrAdd(userId, _ => new ConcurrentDictionary<string, byte>())[sessionId] = 0;
        }
    }

    public void Forget(string sessionId)
    {
        cache.Remove(Key(sessionId));
        _locks.TryRemove(sessionId, out _);
    }

    /// <summary>
    /// After a password change, a sign-out everywhere or a deletion made through this server: every browser of the
    /// user is forgotten, so its next request tries its (revoked) refresh token and ends, instead of showing pages
    /// until its access token nears expiry.
    /// </summary>
    public void ForgetUser(string userId)
    {
        if (_sessionsByUser.TryRemove(userId, out var sessions))
        {
            foreach (var sessionId in sessions.Keys)
            {
                Forget(sessionId);
            }
        }
    }

    private static TokenSet? Newest(TokenSet? a, TokenSet? b) =>
        a is null ? b : b is null ? a : a.ExpiresAt >= b.ExpiresAt ? a : b;

    private static string Key(string sessionId) => "tokens:" + sessionId;
}
