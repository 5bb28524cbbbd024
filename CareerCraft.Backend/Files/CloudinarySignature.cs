using System.Security.Cryptography;
using System.Text;

namespace CareerCraft.Backend.Files;

/// <summary>
/// Cloudinary's request signature: the parameters except <c>file</c>, <c>cloud_name</c>, <c>resource_type</c> and
/// <c>api_key</c>, sorted by name, joined as <c>name=value</c> with <c>&amp;</c>, the API secret appended, SHA-1, lowercase hex.
/// </summary>
public static class CloudinarySignature
{
    private static readonly HashSet<string> Unsigned = new(StringComparer.Ordinal) { "file", "cloud_name", "resource_type", "api_key", "signature" };

    public static string StringToSign(IEnumerable<KeyValuePair<string, string>> parameters) => string.Join('&', parameters
        .Where(p => !Unsigned.Contains(p.Key) && !string.IsNullOrEmpty(p.Value))
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key}={p.Value}"));

    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string apiSecret) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(StringToSign(parameters) + apiSecret)));
}
