using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CareerCraft.Backend.Auth.Keys;
using CareerCraft.Backend.Storage;
using CareerCraft.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Backend.Auth;

/// <summary>Access tokens (JWT, ES256, carrying the user's session version) and refresh token secrets.</summary>
public sealed class TokenIssuer(IOptions<JwtOptions> jwt, IOptions<SigningKeyOptions> signing, SigningKeys keys, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public (string Token, DateTimeOffset ExpiresAt) CreateAccessToken(User user)
    {
        var options = jwt.Value;
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(signing.Value.AccessTokenMinutes);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [CareerCraftClaims.UserId] = user.Id,
                [CareerCraftClaims.UserName] = user.UserName,
                [CareerCraftClaims.Email] = user.Email,
                [CareerCraftClaims.SessionVersion] = user.SessionVersion,
                [JwtRegisteredClaimNames.Jti] = Ids.New(),
            },
            SigningCredentials = new SigningCredentials(keys.Current.Private, SecurityAlgorithms.EcdsaSha256),
        });
        return (token, expires);
    }

    /// <summary>256 random bits, URL-safe; the client gets this, the store only its hash.</summary>
    public static string NewRefreshSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string HashRefreshSecret(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
