using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Sign-in throttling through a real socket (the peer address is real): per account and address, per account, per
/// end-user address as a known proxy forwards it, and never on a forwarded address from anyone else.
/// </summary>
public sealed class SignInThrottleTests
{
    private static ServiceFactory<BackendService> Backend(TempDirectory data, string name) =>
        StandaloneBackend.Create(Path.Combine(data.Path, name + ".db"))
            // The web's connections come from loopback here, as they do under the AppHost.
            .WithSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8");

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signin") { Content = JsonContent.Create(new { email = login, password }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Twelve_strangers_each_mistyping_once_do_not_keep_the_owner_out()
    {
        using var data = new TempDirectory();
        await using var factory = Backend(data, "strangers").WithSetting("Auth:RateLimit:PermitLimit", "10");
        var address = factory.StartOnLoopback();
        var owner = await factory.SignUpAsync();
        using var web = new HttpClient { BaseAddress = address };

        for (var i = 1; i <= 12; i++)
        {
            using var stranger = await SignInAsync(web, owner.Email, "not-the-password", forwardedFor: $"203.0.113.{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
        }
        using var signedIn = await SignInAsync(web, owner.Email, owner.Password, forwardedFor: "198.51.100.7");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task One_address_guessing_one_account_waits_a_growing_capped_time_answered_at_once()
    {
        using var data = new TempDirectory();
        await using var factory = Backend(data, "guesser")
            .WithSetting("Auth:SignInThrottle:FreeFailuresPerAddress", "3")
            .WithSetting("Auth:SignInThrottle:BaseDelaySeconds", "5")
            .WithSetting("Auth:SignInThrottle:MaxDelaySeconds", "20");
        var address = factory.StartOnLoopback();
        var owner = await factory.SignUpAsync();
        using var web = new HttpClient { BaseAddress = address };

        for (var i = 0; i < 4; i++)
        {
            using var guess = await SignInAsync(web, owner.Email, "guess-" + i, forwardedFor: "203.0.113.9");
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }
        var clock = Stopwatch.StartNew();
        using var throttled = await SignInAsync(web, owner.Email, owner.Password, forwardedFor: "203.0.113.9");
        clock.Stop();
        using var otherAddress = await SignInAsync(web, owner.Email, owner.Password, forwardedFor: "198.51.100.7");

        await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 5);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"a throttled attempt took {clock.Elapsed}");
        // Another address has not failed for this account: the owner there is not slowed by the guesser.
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Many_addresses_failing_for_one_account_slow_the_whole_account_but_only_briefly()
    {
        using var data = new TempDirectory();
        await using var factory = Backend(data, "spray")
            .WithSetting("Auth:SignInThrottle:FreeFailuresPerAccount", "5")
            .WithSetting("Auth:SignInThrottle:MaxDelaySeconds", "2");
        var address = factory.StartOnLoopback();
        var owner = await factory.SignUpAsync();
        using var web = new HttpClient { BaseAddress = address };

        for (var i = 1; i <= 8; i++)
        {
            (await SignInAsync(web, owner.Username, "spray-" + i, forwardedFor: $"203.0.113.{i}")).Dispose();
        }
        using var throttled = await SignInAsync(web, owner.Username, owner.Password, forwardedFor: "198.51.100.7");
        await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 2);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        using var later = await SignInAsync(web, owner.Username, owner.Password, forwardedFor: "198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unknown_peer_is_ignored()
    {
        using var data = new TempDirectory();
        // Only 10.9.9.9 may forward: this test's loopback connection is a stranger to the backend.
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "forged.db"))
            .WithSetting("ForwardedHeaders:KnownProxies:0", "10.9.9.9")
            .WithSetting("Auth:RateLimit:PermitLimit", "3")
            .WithSetting("Auth:RateLimit:WindowSeconds", "120");
        var address = factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = address };

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            // A new forged address each time: were it believed, no limit would ever apply.
            using var attempt = await SignInAsync(client, $"nobody{i}@example.com", "whatever-password", forwardedFor: $"192.0.2.{i}");
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_known_proxys_forwarded_addresses_are_limited_each_on_their_own()
    {
        using var data = new TempDirectory();
        await using var factory = Backend(data, "known")
            .WithSetting("Auth:RateLimit:PermitLimit", "3")
            .WithSetting("Auth:RateLimit:WindowSeconds", "120");
        var address = factory.StartOnLoopback();
        using var web = new HttpClient { BaseAddress = address };

        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync(web, $"nobody{i}@example.com", "whatever-password", forwardedFor: "192.0.2.1")).Dispose();
        }
        using var sameBrowser = await SignInAsync(web, "nobody@example.com", "whatever-password", forwardedFor: "192.0.2.1");
        using var anotherBrowser = await SignInAsync(web, "nobody@example.com", "whatever-password", forwardedFor: "192.0.2.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anotherBrowser.StatusCode);
    }

    [Fact]
    public async Task A_bad_proxy_setting_stops_start_up()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "bad.db")).WithSetting("ForwardedHeaders:KnownNetworks:0", "everyone");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("KnownNetworks", error.ToString());
    }
}
