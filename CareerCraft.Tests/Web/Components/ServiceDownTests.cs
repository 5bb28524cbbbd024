using CareerCraft.Tests.Infrastructure;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Bunit;
using CareerCraft.Web.Components.Pages;
using CareerCraft.Web.Services;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCraft.Tests.Web.Components;

/// <summary>A page whose service is down says so in words, where the data would have been; it does not crash.</summary>
public sealed class ServiceDownTests : FluentTestContext
{
    [Fact]
    public void The_dashboard_shows_a_notice_when_the_backend_cannot_be_reached()
    {
        // A loopback port that was just free: connecting to it is refused, as with a stopped service.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        listener.Stop();

        var auth = new BackendAuthClient(new HttpClient { BaseAddress = closed });
        var refresher = new TokenRefresher(new MemoryCache(new MemoryCacheOptions()), auth, TestTokenCheck.Create(), TimeProvider.System, NullLogger<TokenRefresher>.Instance);
        refresher.Remember("session-1", new TokenSet("access", "refresh", DateTimeOffset.UtcNow.AddHours(1)));
        Services.AddSingleton(refresher);
        Services.AddScoped<UserSession>();
        Services.AddScoped(sp => new BackendClient(new HttpClient { BaseAddress = closed }, sp.GetRequiredService<UserSession>()));
        var user = AddAuthorization();
        user.SetAuthorized("alice");
        user.SetClaims(new Claim(SessionClaims.SessionId, "session-1"));

        var cut = Render<Dashboard>();

        cut.WaitForAssertion(() =>
        {
            var notice = cut.Find("[data-testid=dashboard-problem]");
            Assert.Equal("unreachable", notice.GetAttribute("data-status"));
            Assert.Contains("can't be reached right now", notice.TextContent);
            Assert.Equal("alert", notice.GetAttribute("role"));
        }, TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=stat-resumes]"));
    }
}
