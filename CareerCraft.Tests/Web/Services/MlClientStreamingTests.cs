using System.Security.Claims;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Tests.Ml.CoverLetters;
using CareerCraft.Web.Services;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Ml;
using CareerCraft.Web.Services.Problems;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCraft.Tests.Web.Services;

/// <summary>
/// The web app's reading of the real ML service's letter stream: text as it is written, a withdrawn model letter,
/// the finished letter, and a refused request, each turned into what the cover letter page shows.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class MlClientStreamingTests(MlServiceFixture ml, GenAiFixture genAi) : IClassFixture<GenAiFixture>
{
    private static readonly CoverLetterRequest Letter = JsonSerializer.Deserialize<CoverLetterRequest>(
        JsonSerializer.Serialize(GenAiCoverLetterTests.Request), JsonSerializerOptions.Web)!;

    [Fact]
    public async Task A_template_letter_arrives_piece_by_piece_then_whole()
    {
        var events = await StreamAsync(ml.Factory.CreateClient(), Letter);

        var done = Assert.IsType<CoverLetterDone>(events[^1]);
        Assert.Equal("template", done.Result.Generator);
        var deltas = events.OfType<CoverLetterDelta>().Select(d => d.Text).ToList();
        Assert.True(deltas.Count >= 3, "greeting, paragraphs and closing arrive one by one");
        Assert.Equal(done.Result.Text, string.Concat(deltas));
        Assert.DoesNotContain(events, e => e is CoverLetterReset);
        Assert.Contains("Riverside Regional Medical Center", done.Result.CoverLetter.Greeting + string.Join(" ", done.Result.CoverLetter.Body));
    }

    [Fact]
    public async Task A_grounded_model_letter_streams_as_the_model_writes_it()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = GenAiCoverLetterTests.Grounded;

        var events = await StreamAsync(genAi.Factory.CreateClient(), Letter);

        var done = Assert.IsType<CoverLetterDone>(events[^1]);
        Assert.Equal("genai", done.Result.Generator);
        Assert.Equal(FakeOpenAiServer.Model, done.Result.Model);
        Assert.Equal(GenAiCoverLetterTests.Grounded.Body, done.Result.CoverLetter.Body);
        Assert.Equal(GenAiCoverLetterTests.Grounded.Text, string.Concat(events.OfType<CoverLetterDelta>().Select(d => d.Text)));
    }

    [Fact]
    public async Task A_model_letter_that_fails_the_fact_check_is_withdrawn_and_replaced()
    {
        genAi.Llm.FailWith = null;
        genAi.Llm.Letter = GenAiCoverLetterTests.InventsEmployer;

        var events = await StreamAsync(genAi.Factory.CreateClient(), Letter);

        var reset = events.FindIndex(e => e is CoverLetterReset);
        Assert.True(reset > 0, "the model's text is shown, then withdrawn");
        var done = Assert.IsType<CoverLetterDone>(events[^1]);
        Assert.Equal("template", done.Result.Generator);
        var shownAfterReset = string.Concat(events.Skip(reset + 1).OfType<CoverLetterDelta>().Select(d => d.Text));
        Assert.Equal(done.Result.Text, shownAfterReset);
        Assert.DoesNotContain("Kaiser", shownAfterReset, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_request_throws_its_problem_before_any_text()
    {
        var events = new List<CoverLetterStreamEvent>();
        var refused = await Assert.ThrowsAsync<ServiceException>(async () =>
        {
            await foreach (var update in Client(ml.Factory.CreateClient()).StreamCoverLetterAsync(Letter with { CompanyName = "" }))
            {
                events.Add(update);
            }
        });

        Assert.Empty(events);
        Assert.Equal(400, refused.Problem.Status);
        Assert.Contains("companyName", refused.Problem.Message, StringComparison.Ordinal);
    }

    private static async Task<List<CoverLetterStreamEvent>> StreamAsync(HttpClient http, CoverLetterRequest request)
    {
        var events = new List<CoverLetterStreamEvent>();
        await foreach (var update in Client(http).StreamCoverLetterAsync(request))
        {
            events.Add(update);
        }
        return events;
    }

    /// <summary>The web's ML client as a signed-in person's circuit has it: their session's token on every call.</summary>
    private static MlClient Client(HttpClient http)
    {
        var refresher = new TokenRefresher(
            new MemoryCache(new MemoryCacheOptions()),
            new BackendAuthClient(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9") }),
            TestTokenCheck.Create(),
            TimeProvider.System,
            NullLogger<TokenRefresher>.Instance);
        refresher.Remember("session-1", new TokenSet(TestJwt.Create("letter-writer"), "unused-refresh-token", DateTimeOffset.UtcNow.AddHours(1)));
        return new MlClient(http, new UserSession(new SignedIn("session-1"), refresher));
    }

    private sealed class SignedIn(string sessionId) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(SessionClaims.SessionId, sessionId)], "test"))));
    }
}
