using System.Net.Http.Json;
using Bunit;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Web.Components.Pages.Account;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCraft.Tests.Web.Components;

/// <summary>
/// The sign-up form against the real backend (in memory, SQLite in a temp folder): field rules are checked before
/// any call, and the backend's answers (a taken email) land next to the field they are about.
/// </summary>
public sealed class SignUpFormTests : FluentTestContext, IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly ServiceFactory<BackendService> _backend;

    public SignUpFormTests()
    {
        _backend = new ServiceFactory<BackendService>()
            .WithSetting("Storage:Path", Path.Combine(_data.Path, "backend.db"))
            .WithSetting("Auth:BCryptWorkFactor", "4")
            .WithSetting("Auth:RateLimit:PermitLimit", "100000");
        var auth = new BackendAuthClient(_backend.CreateClient());
        Services.AddSingleton(auth);
        Services.AddSingleton(new TokenRefresher(new MemoryCache(new MemoryCacheOptions()), auth, TestTokenCheck.Create(), TimeProvider.System, NullLogger<TokenRefresher>.Instance));
    }

    [Fact]
    public void An_empty_form_shows_each_required_fields_error_next_to_it()
    {
        var cut = Render<SignUp>();

        cut.Find("form").Submit();

        Assert.Equal("Choose a username.", ErrorAfter(cut, "signup-username"));
        Assert.Equal("Enter your email address.", ErrorAfter(cut, "signup-email"));
        Assert.Equal("Choose a password.", ErrorAfter(cut, "signup-password"));
        Assert.Equal("Repeat your password.", ErrorAfter(cut, "signup-confirm"));
        Assert.Null(ErrorAfter(cut, "signup-fullname"));
    }

    [Fact]
    public void Bad_values_are_explained_field_by_field()
    {
        var cut = Render<SignUp>();

        cut.Find("#signup-username").Change("ab");
        cut.Find("#signup-email").Change("not-an-email");
        cut.Find("#signup-password").Change("short");
        cut.Find("#signup-confirm").Change("different");
        cut.Find("form").Submit();

        Assert.Equal("Use 3 to 32 characters.", ErrorAfter(cut, "signup-username"));
        cut.Find("#signup-username").Change("a b c");
        cut.Find("form").Submit();
        Assert.Equal("Use letters, digits, dots, dashes or underscores only.", ErrorAfter(cut, "signup-username"));
        Assert.StartsWith("Enter a valid email address", ErrorAfter(cut, "signup-email"));
        Assert.Equal("Use at least 8 characters.", ErrorAfter(cut, "signup-password"));
        Assert.Equal("The passwords don't match.", ErrorAfter(cut, "signup-confirm"));
    }

    [Fact]
    public async Task A_taken_email_is_reported_on_the_email_field()
    {
        var taken = $"taken.{Guid.NewGuid():N}@example.com";
        using (var first = await _backend.CreateClient().PostAsJsonAsync("/api/auth/signup",
            new { username = "first" + Guid.NewGuid().ToString("N")[..6], email = taken, password = "correct horse battery" }))
        {
            first.EnsureSuccessStatusCode();
        }
        var cut = Render<SignUp>();

        cut.Find("#signup-username").Change("second" + Guid.NewGuid().ToString("N")[..6]);
        cut.Find("#signup-email").Change(taken.ToUpperInvariant());
        cut.Find("#signup-password").Change("correct horse battery");
        cut.Find("#signup-confirm").Change("correct horse battery");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("email", ErrorAfter(cut, "signup-email") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.Null(ErrorAfter(cut, "signup-username"));
        Assert.Empty(cut.FindAll("[data-testid=signup-problem]"));
    }

    private static string? ErrorAfter(IRenderedComponent<SignUp> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").ParentElement!.QuerySelector(".validation-message")?.TextContent;

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _backend.DisposeAsync();
        _data.Dispose();
    }
}
