using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>Issues tokens the services accept (same issuer, audience and key as configured in the factories).</summary>
public static class TestJwt
{
    public const string SigningKey = "careercraft-tests-signing-key-0123456789-abcdefghijklmnop";
    public const string Issuer = "careercraft";
    public const string Audience = "careercraft";

    public static string Create(
        string userId = "test-user",
        string userName = "tester",
        string email = "tester@example.com",
        TimeSpan? lifetime = null,
        string? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(60));
        var notBefore = expires < now ? expires.AddMinutes(-5) : now;
        var credentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(
            Issuer,
            Audience,
            [new Claim("sub", userId), new Claim("unique_name", userName), new Claim("email", email)],
            notBefore,
            expires,
            credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
