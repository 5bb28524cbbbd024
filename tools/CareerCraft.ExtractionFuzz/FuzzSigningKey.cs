using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// A P-256 key made up for one run: the ML service is given its public half as its key set (<c>Jwt__Jwks</c>), the
/// fuzzer signs its users' ES256 tokens with the private half. The ML service holds no key that could sign.
/// </summary>
public sealed class FuzzSigningKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string Jwks
    {
        get
        {
            var q = _key.ExportParameters(false).Q;
            return JsonSerializer.Serialize(new
            {
                keys = new[] { new { kty = "EC", crv = "P-256", x = Base64Url(q.X!), y = Base64Url(q.Y!), kid = "fuzz", use = "sig", alg = "ES256" } },
            });
        }
    }

    /// <summary>An ES256 token for <paramref name="user"/> (issuer and audience are the defaults).</summary>
    public string Token(string user)
    {
        static string Part(string json) => Base64Url(Encoding.UTF8.GetBytes(json));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unsigned = Part("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"fuzz\"}") + "." +
            Part($"{{\"sub\":\"{user}\",\"unique_name\":\"{user}\",\"email\":\"{user}@example.com\",\"iss\":\"careercraft\",\"aud\":\"careercraft\",\"nbf\":{now - 60},\"exp\":{now + 86_400}}}");
        // JWS wants r||s, which is .NET's default (IEEE P1363) signature format.
        var signature = _key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256);
        return unsigned + "." + Base64Url(signature);
    }

    public void Dispose() => _key.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
