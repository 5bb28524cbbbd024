using System.Security.Claims;
using System.Text.Json;
using Bunit;
using CareerCraft.Backend.Storage;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Web.Components.Pages;
using CareerCraft.Web.Services;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using CareerCraft.Backend.Resumes;

namespace CareerCraft.Tests.Web.Components;

/// <summary>The resume page against a local server answering with exactly what the backend writes for a stored resume.</summary>
public sealed class ResumeDetailsPageTests : FluentTestContext, IAsyncLifetime
{
    private LocalHttpServer _backend = null!;
    private Resume _resume = null!;

    public async Task InitializeAsync()
    {
        _backend = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(ResumeResponses.Detail(_resume), JsonSerializerOptions.Web));
        });
        var backend = new Uri(_backend.BaseUrl);
        var auth = new BackendAuthClient(new HttpClient { BaseAddress = backend });
        var refresher = new TokenRefresher(new MemoryCache(new MemoryCacheOptions()), auth, TestTokenCheck.Create(), TimeProvider.System, NullLogger<TokenRefresher>.Instance);
        refresher.Remember("session-1", new TokenSet("access", "refresh", DateTimeOffset.UtcNow.AddHours(1)));
        Services.AddSingleton(refresher);
        Services.AddScoped<UserSession>();
        Services.AddScoped(sp => new BackendClient(new HttpClient { BaseAddress = backend }, sp.GetRequiredService<UserSession>()));
        Services.AddScoped(sp => new MlClient(new HttpClient { BaseAddress = backend }, sp.GetRequiredService<UserSession>()));
        var user = AddAuthorization();
        user.SetAuthorized("alice");
        user.SetClaims(new Claim(SessionClaims.SessionId, "session-1"));
    }

    [Fact]
    public void A_resume_whose_text_failed_shows_the_reason_and_stays_downloadable()
    {
        _resume = NewResume(ExtractionStatus.Failed);
        _resume.ExtractionProblem = "https://careercraft.dev/problems/password-protected";
        _resume.ExtractionDetail = "The PDF needs a password to open.";

        var cut = Render<ResumeDetails>(p => p.Add(page => page.Id, "r1"));

        cut.WaitForAssertion(() => Assert.Contains("The PDF needs a password to open.", cut.Find("[data-testid=extraction-failed]").TextContent),
            TimeSpan.FromSeconds(30));
        Assert.Equal("/files/resumes/r1", cut.Find("[data-testid=extraction-download]").GetAttribute("href"));
        Assert.Equal("/files/resumes/r1", cut.Find("[data-testid=resume-download]").GetAttribute("href"));
        Assert.True(cut.Find("[data-testid=reanalyse]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_resume_whose_text_is_pending_says_it_comes_shortly()
    {
        _resume = NewResume(ExtractionStatus.Pending);
        _resume.ExtractionAttempts = 1;
        _resume.NextExtractionAt = DateTimeOffset.UtcNow.AddSeconds(30);

        var cut = Render<ResumeDetails>(p => p.Add(page => page.Id, "r1"));

        cut.WaitForAssertion(() => Assert.Contains("will be read shortly", cut.Find("[data-testid=extraction-pending]").TextContent),
            TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=extraction-failed]"));
    }

    private static Resume NewResume(string extraction) => new()
    {
        Id = "r1", OwnerId = "alice", Name = "cv", FileName = "cv.pdf", ContentType = "application/pdf", Size = 1234,
        UploadedAt = DateTimeOffset.UtcNow, Storage = "database", FileKey = "k", Extraction = extraction,
    };

    Task IAsyncLifetime.DisposeAsync() => _backend.DisposeAsync().AsTask();
}
