using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>
/// Reads a bare JSON Web Key Set (no OpenID discovery document: the backend is no identity provider) into the
/// configuration the bearer handler takes its signing keys from. Only EC P-256 public keys are kept, so a key set
/// that somehow carried a symmetric or private key could not widen what is accepted.
/// </summary>
internal sealed class JwksRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var json = await retriever.GetDocumentAsync(address, cancel);
        return Read(json, address);
    }

    /// <summary>The EC P-256 public keys of a key set, as the configuration the handlers take keys from.</summary>
    public static OpenIdConnectConfiguration Read(string json, string source)
    {
        var set = new JsonWebKeySet(json);
        var configuration = new OpenIdConnectConfiguration();
        foreach (var key in set.Keys.Where(k => k.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve && k.Crv == JsonWebKeyECTypes.P256 && string.IsNullOrEmpty(k.D)))
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration.SigningKeys.Count > 0
            ? configuration
            : throw new InvalidOperationException($"The key set from {source} holds no EC P-256 public key.");
    }
}
