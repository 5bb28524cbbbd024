using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Backend.Auth.Keys;

/// <summary>The key tokens are signed with, and every key whose tokens are still accepted (at most two: rotation).</summary>
public sealed class SigningKeys
{
    public SigningKeys(IOptions<SigningKeyOptions> options)
    {
        Current = SigningKey.From(options.Value.SigningKey);
        Published = string.IsNullOrEmpty(options.Value.PreviousSigningKey)
            ? [Current]
            : [Current, SigningKey.From(options.Value.PreviousSigningKey)];
    }

    public SigningKey Current { get; }

    public IReadOnlyList<SigningKey> Published { get; }

    public IEnumerable<SecurityKey> PublicKeys => Published.Select(k => k.Public);

    public JwksDocument Document => new(Published.Select(k => k.Jwk).ToList());
}
