using CareerCraft.Backend.Storage;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Auth;

/// <summary>Accounts and sessions: sign-up, sign-in, refresh-token rotation and sign-out.</summary>
public sealed partial class AccountService(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    PasswordHasher hasher,
    SignInThrottle throttle,
    TokenIssuer tokens,
    IOptions<AuthOptions> options,
    TimeProvider time,
    ILogger<AccountService> logger)
{
    public async Task<AuthResponse> SignUpAsync(string username, string email, string password, string? fullName, CancellationToken cancellationToken)
    {
        var user = new User
        {
            Id = Ids.New(),
            UserName = username.Trim(),
            NormalizedUserName = User.Normalize(username),
            Email = email.Trim(),
            NormalizedEmail = User.Normalize(email),
            PasswordHash = hasher.Hash(password),
            CreatedAt = Ids.Now(time),
            Profile = new UserProfile { FullName = string.IsNullOrWhiteSpace(fullName) ? null : fullName.Trim() },
        };
        // The unique indexes decide, so two racing sign-ups cannot both win.
        await users.CreateAsync(user, cancellationToken);
        return await IssueAsync(user, Ids.New(), cancellationToken);
    }

    /// <summary>
    /// An unknown login and a wrong password fail alike, after the same amount of BCrypt work, and both count towards
    /// the login's throttle (so the throttle does not tell which accounts exist either).
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string login, string password, string address, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(login);
        var wait = throttle.WaitFor(normalized, address);
        if (wait > TimeSpan.Zero)
        {
            return SignInOutcome.Throttled(wait);
        }
        var user = await users.FindByLoginAsync(normalized, cancellationToken);
        var valid = user is null ? hasher.VerifyAgainstDummy(password) : hasher.Verify(password, user.PasswordHash);
        if (!valid)
        {
            throttle.RecordFailure(normalized, address);
            return SignInOutcome.Failed;
        }
        throttle.RecordSuccess(normalized, address);
        return SignInOutcome.SignedIn(await IssueAsync(user!, Ids.New(), cancellationToken));
    }

    /// <summary>
    /// Exchanges a refresh token for a new pair. The presented token is revoked on use; presenting a revoked one is
    /// treated as theft and revokes its whole family, so whoever holds the newer token is signed out too.
    /// </summary>
    public async Task<AuthResponse?> RefreshAsync(string secret, CancellationToken cancellationToken)
    {
        var stored = await refreshTokens.FindByHashAsync(TokenIssuer.HashRefreshSecret(secret), cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var now = Ids.Now(time);
        if (stored.RevokedAt is not null || !await refreshTokens.TryRevokeAsync(stored.Id, now, cancellationToken))
        {
            LogReuse(logger, stored.UserId, stored.FamilyId);
            await refreshTokens.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            return null;
        }
        if (stored.ExpiresAt <= now)
        {
            return null;
        }
        var user = await users.FindByIdAsync(stored.UserId, cancellationToken);
        return user is null ? null : await IssueAsync(user, stored.FamilyId, cancellationToken);
    }

    /// <summary>
    /// Revokes this session's refresh chain (every chain when none is named) and bumps the session version, so the
    /// access token in hand is refused at once. The user's other sessions lose their access tokens too, but keep
    /// their refresh tokens: they refresh and carry on (the web does so on the 401).
    /// </summary>
    public async Task SignOutAsync(string userId, string? secret, CancellationToken cancellationToken)
    {
        var now = Ids.Now(time);
        await users.BumpSessionVersionAsync(userId, cancellationToken);
        if (string.IsNullOrEmpty(secret))
        {
            await refreshTokens.RevokeAllForUserAsync(userId, now, cancellationToken);
            return;
        }
        var stored = await refreshTokens.FindByHashAsync(TokenIssuer.HashRefreshSecret(secret), cancellationToken);
        // Only the caller's own chains: someone else's token is not theirs to revoke.
        if (stored is not null && stored.UserId == userId)
        {
            await refreshTokens.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
        }
    }

    /// <summary>Every session of the user ends: all refresh tokens revoked, every access token refused from now on.</summary>
    public async Task SignOutEverywhereAsync(string userId, CancellationToken cancellationToken)
    {
        await users.BumpSessionVersionAsync(userId, cancellationToken);
        await refreshTokens.RevokeAllForUserAsync(userId, Ids.Now(time), cancellationToken);
    }

    /// <summary>A new pair for a user whose record just changed (password), in a new refresh chain.</summary>
    public async Task<AuthResponse?> IssueFreshAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId, cancellationToken) is { } user ? await IssueAsync(user, Ids.New(), cancellationToken) : null;

    private async Task<AuthResponse> IssueAsync(User user, string familyId, CancellationToken cancellationToken)
    {
        var (accessToken, expiresAt) = tokens.CreateAccessToken(user);
        var secret = TokenIssuer.NewRefreshSecret();
        var now = Ids.Now(time);
        await refreshTokens.AddAsync(new RefreshToken
        {
            Id = Ids.New(),
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = TokenIssuer.HashRefreshSecret(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.RefreshTokenDays),
        }, cancellationToken);
        return new AuthResponse(accessToken, secret, expiresAt, UserResponses.From(user));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reuse of a rotated refresh token for user {UserId}; revoking token family {FamilyId}")]
    private static partial void LogReuse(ILogger logger, string userId, string familyId);
}
