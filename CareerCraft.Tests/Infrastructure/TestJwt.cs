using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using CareerCraft.Backend.Auth.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// Issues tokens the services accept: the backends under test sign with <see cref="SigningKey"/> (the same secret
/// the AppHost would generate, turned into a P-256 key the backend's way), and the ML service and the web under test
/// read its public half from <see cref="TestJwks"/>.
/// </summary>
public static class TestJwt
{
    public const string SigningKey = "careercraft-tests-signing-key-0123456789-abcdefghijklmnop";
    public const string Issuer = "careercraft";
    public const string Audience = "careercraft";

    public static readonly CareerCraft.Backend.Auth.Keys.SigningKey Key = CareerCraft.Backend.Auth.Keys.SigningKey.From(SigningKey);

    /// <summary>Another P-256 key, as a forger with code execution somewhere but no backend key would have.</summary>
    public static readonly CareerCraft.Backend.Auth.Keys.SigningKey ForeignKey = CareerCraft.Backend.Auth.Keys.SigningKey.From("someone-elses-key-not-the-backends-0123456789");

    public static string Create(
        string userId = "test-user",
        string userName = "tester",
        string email = "tester@example.com",
        TimeSpan? lifetime = null,
        SigningKey? signingKey = null,
        int sessionVersion = 0)
    {
        var now = DateTime.UtcNow;
        // Longer than the backend's 10 minutes: a fixture's client keeps its token for the whole suite, which on a
        // loaded machine runs past 10 minutes. Expiry itself is tested with explicit lifetimes.
        var expires = now + (lifetime ?? TimeSpan.FromHours(2));
        var notBefore = expires < now ? expires.AddMinutes(-5) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId,
                ["unique_name"] = userName,
                ["email"] = email,
                ["sv"] = sessionVersion,
            },
            SigningCredentials = new SigningCredentials((signingKey ?? Key).Private, SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>The old scheme's token: HS256 with a shared secret. Nothing may accept it any more.</summary>
    public static string CreateHs256(string userId, string secret = SigningKey) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Subject = new ClaimsIdentity([new Claim("sub", userId), new Claim("sv", "0", ClaimValueTypes.Integer32)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });

    public static string JwksJson(params SigningKey[] keys) =>
        JsonSerializer.Serialize(new JwksDocument(keys.Select(k => k.Jwk).ToList()));
}

/// <summary>
/// The backend's key set as a real HTTP server, for services tested without a backend (as the backend's own
/// <c>/.well-known/jwks.json</c> would serve it). One per test run, started on first use.
/// </summary>
public static class TestJwks
{
    private static readonly Lazy<LocalHttpServer> Server = new(() => LocalHttpServer.StartAsync(async context =>
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(TestJwt.JwksJson(TestJwt.Key));
    }).GetAwaiter().GetResult());

    public static string Uri => Server.Value.BaseUrl + "/.well-known/jwks.json";
}
