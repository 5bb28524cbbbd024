using CareerCraft.Backend.Auth;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Accounts;

/// <summary>
/// Changes a person makes to their own account, each proven with the current password. The proof goes through the
/// sign-in throttle, so a stolen session cannot be used to guess the password either.
/// </summary>
public sealed partial class AccountLifecycle(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    IResumeRepository resumes,
    ICoverLetterRepository letters,
    IJobRepository jobs,
    IApplicationRepository applications,
    FileStores files,
    PasswordHasher hasher,
    SignInThrottle throttle,
    AccountService accounts,
    TimeProvider time,
    ILogger<AccountLifecycle> logger)
{
    /// <summary>The password replaced, every session ended (tokens and refresh chains), a new pair for this one.</summary>
    public async Task<Proven<AuthResponse>> ChangePasswordAsync(string userId, string current, string next, string address, CancellationToken cancellationToken)
    {
        var proof = await ProveAsync(userId, current, address, cancellationToken);
        if (!proof.Ok)
        {
            return proof.As<AuthResponse>();
        }
        await users.SetPasswordHashAsync(userId, hasher.Hash(next), cancellationToken);
        await refreshTokens.RevokeAllForUserAsync(userId, Ids.Now(time), cancellationToken);
        var fresh = await accounts.IssueFreshAsync(userId, cancellationToken);
        return fresh is null ? Proven<AuthResponse>.Refused : Proven<AuthResponse>.Done(fresh);
    }

    /// <summary>The new email, under the sign-up uniqueness rule (the unique index decides; throws <see cref="DuplicateUserException"/>).</summary>
    public async Task<Proven<UserResponse>> ChangeEmailAsync(string userId, string current, string email, string address, CancellationToken cancellationToken)
    {
        var proof = await ProveAsync(userId, current, address, cancellationToken);
        if (!proof.Ok)
        {
            return proof.As<UserResponse>();
        }
        await users.SetEmailAsync(userId, email.Trim(), User.Normalize(email), cancellationToken);
        var updated = await users.FindByIdAsync(userId, cancellationToken);
        return updated is null ? Proven<UserResponse>.Refused : Proven<UserResponse>.Done(UserResponses.From(updated));
    }

    /// <summary>
    /// Everything the account holds, files first (a store that fails leaves the records, so trying again finds
    /// what is left), then resumes, letters, applications, saved jobs, refresh tokens and the user: nothing remains in either store.
    /// </summary>
    public async Task<Proven<bool>> DeleteAsync(string userId, string password, string address, CancellationToken cancellationToken)
    {
        var proof = await ProveAsync(userId, password, address, cancellationToken);
        if (!proof.Ok)
        {
            return proof.As<bool>();
        }
        // Its sessions end first, so nothing writes for this account while it is being removed.
        await users.BumpSessionVersionAsync(userId, cancellationToken);
        await refreshTokens.RevokeAllForUserAsync(userId, Ids.Now(time), cancellationToken);
        await foreach (var resume in AllResumesAsync(userId, cancellationToken))
        {
            await files.For(resume.Storage).DeleteAsync(resume.FileKey, cancellationToken);
        }
        await resumes.DeleteAllAsync(userId, cancellationToken);
        await letters.DeleteAllAsync(userId, cancellationToken);
        await applications.DeleteAllAsync(userId, cancellationToken);
        await jobs.DeleteAllAsync(userId, cancellationToken);
        await refreshTokens.DeleteAllForUserAsync(userId, cancellationToken);
        await users.DeleteAsync(userId, cancellationToken);
        LogDeleted(logger, userId);
        return Proven<bool>.Done(true);
    }

    private async IAsyncEnumerable<Resume> AllResumesAsync(string userId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int pageSize = 100;
        for (var skip = 0; ; skip += pageSize)
        {
            var page = await resumes.ListAsync(userId, skip, pageSize, cancellationToken);
            foreach (var resume in page.Items)
            {
                yield return resume;
            }
            if (page.Items.Count < pageSize)
            {
                yield break;
            }
        }
    }

    private async Task<Proven<User>> ProveAsync(string userId, string password, string address, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return Proven<User>.Refused;
        }
        var wait = throttle.WaitFor(user.NormalizedUserName, address);
        if (wait > TimeSpan.Zero)
        {
            return Proven<User>.Throttled(wait);
        }
        if (!hasher.Verify(password, user.PasswordHash))
        {
            throttle.RecordFailure(user.NormalizedUserName, address);
            return Proven<User>.Refused;
        }
        return Proven<User>.Done(user);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted at its owner's request")]
    private static partial void LogDeleted(ILogger logger, string userId);
}

/// <summary>The outcome of something that needed the password: done (with its result), refused, or throttled.</summary>
public sealed record Proven<T>(T? Value, bool Ok, TimeSpan RetryAfter)
{
    public static readonly Proven<T> Refused = new(default, false, TimeSpan.Zero);

    public static Proven<T> Done(T value) => new(value, true, TimeSpan.Zero);

    public static Proven<T> Throttled(TimeSpan wait) => new(default, false, wait);

    public Proven<TOther> As<TOther>() => new(default, false, RetryAfter);
}
