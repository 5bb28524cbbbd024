using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>
/// The backend's public keys as the ML service and the web see them: fetched from <see cref="JwtOptions.JwksUri"/>
/// through service discovery, cached, and fetched again after <see cref="JwtOptions.JwksRefreshMinutes"/> or when a
/// token names a key not yet seen. Nothing here can sign.
/// </summary>
public sealed class BackendKeySet
{
    public const string HttpClientName = "careercraft-jwks";

    public BackendKeySet(IHttpClientFactory http, IOptions<JwtOptions> options)
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.Jwks))
        {
            Manager = new StaticConfigurationManager<OpenIdConnectConfiguration>(JwksRetriever.Read(o.Jwks, "Jwt:Jwks"));
            return;
        }
        // "https+http://" is service discovery's scheme, not plain https: the check would refuse it.
        var documents = new HttpDocumentRetriever(http.CreateClient(HttpClientName)) { RequireHttps = false };
        Manager = new ConfigurationManager<OpenIdConnectConfiguration>(o.JwksUri, new JwksRetriever(), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromMinutes(o.JwksRefreshMinutes),
            RefreshInterval = TimeSpan.FromSeconds(o.JwksMinimumRefreshSeconds),
        };
    }

    public IConfigurationManager<OpenIdConnectConfiguration> Manager { get; }
}
