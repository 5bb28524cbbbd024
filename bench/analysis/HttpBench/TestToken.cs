using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareerCraft.Bench.Analysis;

/// <summary>
/// An ES256 access token the ML service accepts (issuer and audience "careercraft", DESIGN.md section 3), from a
/// P-256 key derived from the bench's made-up secret; <see cref="Jwks"/> is what the ML service is given to check it.
/// </summary>
public static class TestToken
{
    public static string Create(string secret)
    {
        using var key = Key(secret);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "ES256", typ = "JWT", kid = "bench" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = "bench-user",
            ["unique_name"] = "bench",
            ["email"] = "bench@example.com",
            ["iss"] = "careercraft",
            ["aud"] = "careercraft",
            ["nbf"] = now - 5,
            ["iat"] = now - 5,
            ["exp"] = now + 3600,
        }));
        var signature = Encode(key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256));
        return $"{header}.{payload}.{signature}";
    }

    /// <summary>The public half as a JSON Web Key Set, for the ML service's <c>Jwt__Jwks</c>.</summary>
    public static string Jwks(string secret)
    {
        using var key = Key(secret);
        var q = key.ExportParameters(false).Q;
        return JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "EC", crv = "P-256", x = Encode(q.X!), y = Encode(q.Y!), kid = "bench", use = "sig", alg = "ES256" } },
        });
    }

    // A bench key, not a production one: SHA-256 of the secret is a valid P-256 scalar but for a 2^-32 chance.
    private static ECDsa Key(string secret) =>
        ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = SHA256.HashData(Encoding.UTF8.GetBytes(secret)) });

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
