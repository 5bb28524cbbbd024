namespace CareerCraft.Backend.Storage;

public interface IRefreshTokenRepository
{
    Task AddAsync(RefreshToken token, CancellationToken cancellationToken);

    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Revokes one token if it is still active; false when someone else revoked it first (a race or a reuse).</summary>
    Task<bool> TryRevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    Task RevokeFamilyAsync(string familyId, DateTimeOffset at, CancellationToken cancellationToken);

    Task RevokeAllForUserAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Removes the user's tokens, revoked or not (account deletion).</summary>
    Task DeleteAllForUserAsync(string userId, CancellationToken cancellationToken);
}
