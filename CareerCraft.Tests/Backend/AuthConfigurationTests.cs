using System.Net;
using System.Net.Http.Json;
using CareerCraft.Backend.Auth;
using CareerCraft.Backend.Storage;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

public sealed class AuthConfigurationTests
{
    [Fact]
    public async Task Passwords_are_hashed_with_bcrypt_cost_12_by_default()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "cost.db"), lowBCryptCost: false);

        var user = await factory.SignUpAsync();

        Assert.Equal(AuthOptions.DefaultWorkFactor, factory.Services.GetRequiredService<PasswordHasher>().WorkFactor);
        var stored = await factory.Services.GetRequiredService<IUserRepository>().FindByIdAsync(user.Id, default);
        Assert.Matches(@"^\$2[abxy]?\$12\$", stored!.PasswordHash);
        Assert.DoesNotContain(user.Password, stored.PasswordHash);
    }

    [Fact]
    public async Task Production_refuses_to_start_with_a_bcrypt_cost_below_10()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "prod.db"))
            .WithSetting("Auth:BCryptWorkFactor", "9");
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        Assert.Contains("BCryptWorkFactor", error.ToString());
    }

    [Fact]
    public async Task Sign_in_and_sign_up_are_rate_limited_per_address_with_retry_after()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "limits.db"))
            .WithSetting("Auth:RateLimit:PermitLimit", "3")
            .WithSetting("Auth:RateLimit:WindowSeconds", "120");
        var anonymous = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = "someone@example.com", password = "guess-number-" + i });
            statuses.Add(attempt.StatusCode);
        }
        using var limited = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = "someone@example.com", password = "one-more-guess" });
        using var signUp = await anonymous.PostAsJsonAsync("/api/auth/signup", new { username = "late", email = "late@example.com", password = BackendApi.Password });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 120);
        await signUp.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");

        // Other endpoints are not throttled by the sign-in limit.
        using var refresh = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "unknown" });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }
}
