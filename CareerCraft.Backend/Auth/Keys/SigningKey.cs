using System.Buffers.Text;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Backend.Auth.Keys;

/// <summary>
/// One ES256 key: the P-256 private key the backend signs with, its <c>kid</c> (the RFC 7638 thumbprint of the
/// public key, so the same key always has the same id) and its public JWK.
/// </summary>
public sealed class SigningKey
{
    public const int MinimumSecretLength = 32;

    // The order n of the P-256 group: a private scalar must lie in [1, n - 1].
    private static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    private SigningKey(ECDsa key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var x = Base64Url.EncodeToString(parameters.Q.X!);
        var y = Base64Url.EncodeToString(parameters.Q.Y!);
        // RFC 7638: the required members in lexicographic order, no whitespace.
        var thumbprint = SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}"""));
        KeyId = Base64Url.EncodeToString(thumbprint);
        Private = new ECDsaSecurityKey(key) { KeyId = KeyId };
        Public = new ECDsaSecurityKey(ECDsa.Create(parameters)) { KeyId = KeyId };
        Jwk = new PublicJwk("EC", "P-256", x, y, KeyId, "sig", SecurityAlgorithms.EcdsaSha256);
    }

    public string KeyId { get; }

    /// <summary>Signs; never leaves the backend.</summary>
    public ECDsaSecurityKey Private { get; }

    /// <summary>Verifies only.</summary>
    public ECDsaSecurityKey Public { get; }

    public PublicJwk Jwk { get; }

    public static SigningKey From(string value) =>
        Problem(value) is { } problem ? throw new ArgumentException(problem, nameof(value)) : new SigningKey(Load(value));

    /// <summary>Why a configured value cannot be a key, in words; null when it can.</summary>
    public static string? Problem(string value)
    {
        if (IsPem(value))
        {
            try
            {
                using var key = ECDsa.Create();
                key.ImportFromPem(value);
                return key.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value
                    ? null
                    : "is an EC key on another curve than P-256 (ES256 needs P-256).";
            }
            catch (Exception ex) when (ex is ArgumentException or CryptographicException)
            {
                return "is a PEM that holds no EC private key.";
            }
        }
        return value.Length < MinimumSecretLength
            ? $"must be a P-256 private key in PEM form or a random secret of at least {MinimumSecretLength} characters."
            : null;
    }

    private static bool IsPem(string value) => value.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);

    private static ECDsa Load(string value)
    {
        var key = ECDsa.Create();
        if (IsPem(value))
        {
            key.ImportFromPem(value);
            return key;
        }
        key.ImportParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Derive(value) });
        return key;
    }

    /// <summary>
    /// A private scalar from a secret string, the same one every time: HKDF-SHA256 of the secret, drawn again in the
    /// (about 1 in 2^32) case it falls outside [1, n - 1]. The secret carries the entropy; a generated parameter of
    /// 64 letters and digits holds far more than the key's 128-bit security level.
    /// </summary>
    private static byte[] Derive(string secret)
    {
        var ikm = Encoding.UTF8.GetBytes(secret);
        for (var attempt = 0; ; attempt++)
        {
            var d = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 32, salt: [], info: Encoding.UTF8.GetBytes($"careercraft jwt es256 p-256 #{attempt}"));
            var scalar = new BigInteger(d, isUnsigned: true, isBigEndian: true);
            if (!scalar.IsZero && scalar < Order)
            {
                return d;
            }
        }
    }
}

/// <summary>A public key as <c>/.well-known/jwks.json</c> lists it (RFC 7517): no private member, ever.</summary>
public sealed record PublicJwk(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg);

public sealed record JwksDocument([property: JsonPropertyName("keys")] IReadOnlyList<PublicJwk> Keys);
