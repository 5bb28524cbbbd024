using System.Security.Cryptography;

namespace CareerCraft.Web.Services.Security;

/// <summary>
/// Headers on every response of the web app. The Content-Security-Policy is as strict as Blazor Server and Fluent UI
/// allow; each allowance is there for one reason:
/// <list type="bullet">
/// <item><c>script-src 'self' 'nonce-…'</c>: Blazor's scripts and Fluent UI's modules are our own files; the one
/// inline script, the import map Blazor renders for fingerprinted assets, carries this response's nonce.</item>
/// <item><c>style-src 'self' 'unsafe-inline'</c>: Blazor writes <c>style</c> attributes from components and Fluent UI's
/// web components add style elements at run time; neither can carry a nonce. Styles cannot run code.</item>
/// <item><c>img-src 'self' data:</c>: Fluent UI icons and the favicon are inline SVG or data URLs.</item>
/// <item><c>connect-src 'self'</c>: the circuit's WebSocket to this same origin, nothing else.</item>
/// </list>
/// Nothing may frame the app (<c>frame-ancestors 'none'</c>, and <c>X-Frame-Options</c> for older browsers), forms post
/// only here, no plugins, and a response that set its own policy (a proxied download: <c>sandbox</c>) keeps it.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "careercraft.csp-nonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Blazor's own frame-ancestors policy is replaced by the whole one; a file's sandbox policy is kept.
            if (!headers.ContentSecurityPolicy.ToString().Contains("sandbox", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>This response's script nonce, for the one inline script (the import map).</summary>
    public static string? CspNonce(this HttpContext? http) => http?.Items[NonceKey] as string;
}
