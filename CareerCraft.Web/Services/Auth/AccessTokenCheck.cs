using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.Web.Services.Problems;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Web.Services.Auth;

/// <summary>
/// Checks every access token this server is handed (sign-in, sign-up, refresh, password change) against the
/// backend's published public keys before it goes into a cookie: whatever answers as "the backend" cannot make this
/// server carry a token the backend did not sign. The web holds no key and can mint nothing.
/// </summary>
public sealed class AccessTokenCheck(BackendKeySet keys, IOptions<JwtOptions> options, ILogger<AccessTokenCheck> logger)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<bool> IsValidAsync(string token, CancellationToken cancellationToken = default)
    {
        var result = await ValidateAsync(token, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key this server has not seen yet: a rotation. Read the key set again (rate-limited) and retry once.
            keys.Manager.RequestRefresh();
            result = await ValidateAsync(token, cancellationToken);
        }
        if (!result.IsValid)
        {
            logger.LogWarning("An access token from the backend failed validation: {Reason}", result.Exception?.GetType().Name);
        }
        return result.IsValid;
    }

    /// <summary>The token when valid; otherwise the same problem a refused session gets, so callers end it.</summary>
    public async Task<string> RequireValidAsync(string token, CancellationToken cancellationToken = default) =>
        await IsValidAsync(token, cancellationToken)
            ? token
            : throw new ServiceException(new ServiceProblem(
                "account service", 401, null, "Invalid token", "The account service's answer could not be verified. Please sign in again.",
                new Dictionary<string, string[]>()));

    private async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parameters = JwtAuthenticationExtensions.ValidationParameters(options.Value);
        try
        {
            parameters.IssuerSigningKeys = (await keys.Manager.GetConfigurationAsync(cancellationToken)).SigningKeys;
        }
        catch (InvalidOperationException ex)
        {
            // The key set could not be read (backend down): nothing can be verified, so nothing is accepted.
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
        return await Handler.ValidateTokenAsync(token, parameters);
    }
}
