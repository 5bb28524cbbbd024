using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareerCraft.Bench.Analysis;

/// <summary>An HS256 access token the ML service accepts (issuer and audience "careercraft", DESIGN.md section 3).</summary>
public static class TestToken
{
    public static string Create(string signingKey)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
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
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
