using System.Net;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Web;
using CareerCraft.Web.Services.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Web.Services;

public sealed class WebSecurityTests
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        await using var web = new ServiceFactory<WebApp>();
        using var response = await web.CreateClient().GetAsync("/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches(@"script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        // The one inline script, the import map, carries this response's nonce.
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        var importMap = System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "<script[^>]*importmap[^>]*>");
        Assert.True(importMap.Success, "the page renders an import map");
        Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(importMap.Value));
    }

    [Fact]
    public async Task Outside_development_the_auth_cookie_is_always_secure_and_hsts_is_sent()
    {
        await using var web = new ServiceFactory<WebApp>()
            .WithSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8");
        await using var production = web.WithWebHostBuilder(b => b.UseSetting("environment", "Production"));
        var cookie = production.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(WebAuthentication.Scheme).Cookie;

        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.True(cookie.HttpOnly);
    }

    [Fact]
    public async Task The_web_accepts_only_tokens_the_backend_signed()
    {
        await using var web = new ServiceFactory<WebApp>();
        var check = web.Services.GetRequiredService<AccessTokenCheck>();

        Assert.True(await check.IsValidAsync(TestJwt.Create()));
        Assert.False(await check.IsValidAsync(TestJwt.Create(signingKey: TestJwt.ForeignKey)));
        Assert.False(await check.IsValidAsync(TestJwt.CreateHs256("test-user")));
        Assert.False(await check.IsValidAsync(TestJwt.Create(lifetime: TimeSpan.FromMinutes(-5))));
    }
}
