namespace CareerCraft.Backend.Storage;

/// <summary>
/// A refresh token as stored: only the SHA-256 of the secret, never the secret. Tokens issued by rotation share
/// their <see cref="FamilyId"/>, so presenting an already rotated token can revoke the whole chain.
/// </summary>
public sealed class RefreshToken
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string FamilyId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
