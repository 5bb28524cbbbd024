using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace CareerCraft.Web.Services.Auth;

/// <summary>
/// Plain HTTP endpoints of the web app: sign-out (needs to clear the cookie, which a circuit cannot) and
/// downloads (the browser fetches them with its cookie; the server adds the backend token).
/// </summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // A cross-site form must not be able to sign the user out.
        app.MapPost("/account/signout", SignOutAsync)
            .RequireAuthorization()
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());

        app.MapPost("/account/signout-everywhere", SignOutEverywhereAsync)
            .RequireAuthorization()
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        app.MapGet("/account/export", (HttpContext http, UserSession session, BackendClient backend) =>
            ProxyAsync(http, session, backend, "/api/account/export")).RequireAuthorization();

        var files = app.MapGroup("/files").RequireAuthorization();
        files.MapGet("/resumes/{id}", (string id, HttpContext http, UserSession session, BackendClient backend) =>
            ProxyAsync(http, session, backend, $"/api/resumes/{Uri.EscapeDataString(id)}/file"));
        files.MapGet("/resumes/{id}/json-resume", (string id, HttpContext http, UserSession session, BackendClient backend) =>
            ProxyAsync(http, session, backend, $"/api/resumes/{Uri.EscapeDataString(id)}/json-resume"));
        files.MapGet("/applications.csv", (HttpContext http, UserSession session, BackendClient backend) =>
            ProxyAsync(http, session, backend, "/api/applications/export"));
        files.MapGet("/cover-letters/{id}/docx", (string id, HttpContext http, UserSession session, BackendClient backend) =>
            ProxyAsync(http, session, backend, $"/api/cover-letters/{Uri.EscapeDataString(id)}/docx"));
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, BackendAuthClient backend, TokenRefresher refresher, ILoggerFactory logs)
    {
        var result = await http.AuthenticateAsync(WebAuthentication.Scheme);
        var sessionId = result.Principal?.GetSessionId();
        if (result.Properties is not null && TokenSet.From(result.Properties) is { } tokens)
        {
            try
            {
                await backend.SignOutAsync(tokens.AccessToken, tokens.RefreshToken, http.RequestAborted);
            }
            catch (ServiceException ex)
            {
                // The local session ends regardless; an unrevoked refresh token still expires on its own.
                logs.CreateLogger(typeof(AccountEndpoints)).LogWarning("Backend sign-out failed: {Problem}", ex.Problem.Message);
            }
        }
        if (sessionId is not null)
        {
            refresher.Forget(sessionId);
        }
        await http.SignOutAsync(WebAuthentication.Scheme);
        return TypedResults.LocalRedirect("/?signedOut=1");
    }

    /// <summary>Every session of the user ends at the backend, then this one ends here too.</summary>
    private static async Task<IResult> SignOutEverywhereAsync(HttpContext http, UserSession session, BackendClient backend, TokenRefresher refresher, ILoggerFactory logs)
    {
        session.UseRequestUser(http.User);
        try
        {
            await backend.SignOutEverywhereAsync(http.RequestAborted);
        }
        catch (ServiceException ex)
        {
            // Not signed out anywhere: say so rather than pretend.
            logs.CreateLogger(typeof(AccountEndpoints)).LogWarning("Sign-out everywhere failed: {Problem}", ex.Problem.Message);
            return TypedResults.LocalRedirect("/account?everywhere=failed");
        }
        await EndLocalSessionAsync(http, refresher, everyBrowser: true);
        return TypedResults.LocalRedirect("/?signedOut=1");
    }

    /// <summary>Forgets this browser's session here and clears its cookie.</summary>
    public static async Task EndLocalSessionAsync(HttpContext http, TokenRefresher refresher, bool everyBrowser = false)
    {
        if (everyBrowser && http.User.GetUserId() is { } userId)
        {
            refresher.ForgetUser(userId);
        }
        if (http.User.GetSessionId() is { } sessionId)
        {
            refresher.Forget(sessionId);
        }
        await http.SignOutAsync(WebAuthentication.Scheme);
    }

    private static async Task<IResult> ProxyAsync(HttpContext http, UserSession session, BackendClient backend, string path)
    {
        session.UseRequestUser(http.User);
        try
        {
            var file = await backend.DownloadAsync(path, http.RequestAborted);
            // A file is not a page of ours: it keeps the backend's own policy, and is never sniffed into HTML.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (file.ContentSecurityPolicy is { } policy)
            {
                http.Response.Headers.ContentSecurityPolicy = policy;
            }
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (ServiceException ex)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = ex.Problem.Status ?? StatusCodes.Status503ServiceUnavailable,
                Title = ex.Problem.Title,
                Detail = ex.Problem.Message,
                Type = ex.Problem.Type,
            });
        }
    }
}
