using System.ComponentModel.DataAnnotations;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>
/// What every service that checks tokens must agree on. Only the backend holds a private key (its own options);
/// the others know where the backend publishes its public keys.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>Service discovery finds the backend; the web and ML read its keys from here.</summary>
    public const string DefaultJwksUri = "https+http://backend/.well-known/jwks.json";

    [Required]
    public string Issuer { get; set; } = "careercraft";

    [Required]
    public string Audience { get; set; } = "careercraft";

    /// <summary>The backend's JSON Web Key Set (public keys only); unused by the backend itself.</summary>
    [Required]
    public string JwksUri { get; set; } = DefaultJwksUri;

    /// <summary>
    /// The key set itself (its JSON), for a service run without a backend to read it from (benchmarks, the
    /// extraction fuzzer). Public keys only; when set, <see cref="JwksUri"/> is not read.
    /// </summary>
    public string? Jwks { get; set; }

    /// <summary>
    /// How often the key set is read again on its own; a token with an unknown <c>kid</c> (a new key after a
    /// rotation) makes it read again sooner, at most every <see cref="JwksMinimumRefreshSeconds"/>.
    /// </summary>
    [Range(1, 24 * 60)]
    public int JwksRefreshMinutes { get; set; } = 10;

    [Range(1, 3600)]
    public int JwksMinimumRefreshSeconds { get; set; } = 30;
}
