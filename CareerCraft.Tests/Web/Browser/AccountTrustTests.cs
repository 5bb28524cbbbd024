using System.Diagnostics;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>Accounts people can trust, in Chromium against the three real services.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AccountTrustTests(BrowserFixture fixture)
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Twelve_strangers_mistyping_a_users_password_do_not_keep_the_user_out()
    {
        var owner = await fixture.NewPageAsync();
        var person = BrowserPerson.New("erin");
        await owner.ScreenshotOnFailureAsync(fixture, "failure-strangers", async () =>
        {
            await owner.GotoAsync("/signup");
            await owner.SignUpAsync(person);
            await owner.GetByTestId("sign-out").ClickAsync();
            await Assertions.Expect(owner.GetByTestId("signed-out")).ToBeVisibleAsync();

            var strangerTimes = new List<TimeSpan>();
            for (var i = 0; i < 12; i++)
            {
                var stranger = await fixture.NewPageAsync();
                strangerTimes.Add(await SignInAsync(stranger, person.Email, "a wrong guess " + i, "signin-problem"));
                await Assertions.Expect(stranger.GetByTestId("signin-problem")).ToContainTextAsync("don't match");
                await stranger.Context.CloseAsync();
            }

            var ownerTime = await SignInAsync(owner, person.Email, person.Password, expect: null);
            await owner.WaitForURLAsync("**/dashboard", Committed);
            await Assertions.Expect(owner.GetByTestId("user-name")).ToContainTextAsync(person.FullName);
            await owner.ScreenshotAsync(fixture, "17-owner-signed-in-after-strangers");
            Report("strangers", strangerTimes, ownerTime);
        });
    }

    [Fact]
    public async Task A_throttled_sign_in_says_how_long_to_wait_at_once()
    {
        var owner = await fixture.NewPageAsync();
        var person = BrowserPerson.New("frank");
        await owner.ScreenshotOnFailureAsync(fixture, "failure-throttled", async () =>
        {
            await owner.GotoAsync("/signup");
            await owner.SignUpAsync(person);
            await owner.GetByTestId("sign-out").ClickAsync();
            var guesser = await fixture.NewPageAsync();
            for (var i = 0; i < 4; i++)
            {
                await SignInAsync(guesser, person.Email, "guess " + i, "signin-problem");
                await Assertions.Expect(guesser.GetByTestId("signin-problem")).ToContainTextAsync("don't match");
            }

            var took = await SignInAsync(guesser, person.Email, person.Password, "signin-problem");

            await Assertions.Expect(guesser.GetByTestId("signin-problem")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Too many attempts, try again in \d+ s\."));
            Assert.True(took < TimeSpan.FromSeconds(2), $"the throttled page answered after {took}");
            await guesser.ScreenshotAsync(fixture, "18-signin-throttled");
            Report("throttled", [], took);
        });
    }

    [Fact]
    public async Task Deleting_an_account_takes_a_confirmation_with_the_password_and_then_it_is_gone()
    {
        var page = await fixture.NewPageAsync();
        var person = BrowserPerson.New("grace");
        await page.ScreenshotOnFailureAsync(fixture, "failure-delete", async () =>
        {
            await page.GotoAsync("/signup");
            await page.SignUpAsync(person);
            await page.GotoAsync("/account");
            await page.GetByTestId("delete-account").ClickAsync();
            await page.WaitForURLAsync("**/account/delete", Committed);
            await Assertions.Expect(page.GetByTestId("delete-consequences")).ToContainTextAsync("every resume");
            await page.ScreenshotAsync(fixture, "19-delete-confirmation");

            await page.GetByTestId("delete-password").FillAsync("not my password");
            await page.GetByTestId("delete-confirm").ClickAsync();
            await Assertions.Expect(page.GetByTestId("delete-problem")).ToContainTextAsync("not your current password");

            await page.GetByTestId("delete-password").FillAsync(person.Password);
            await page.GetByTestId("delete-confirm").ClickAsync();
            await Assertions.Expect(page.GetByTestId("account-deleted")).ToBeVisibleAsync();

            await SignInAsync(page, person.Email, person.Password, "signin-problem");
            await Assertions.Expect(page.GetByTestId("signin-problem")).ToContainTextAsync("don't match");
        });
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_useless_after_it()
    {
        var page = await fixture.NewPageAsync();
        var person = BrowserPerson.New("heidi");
        await page.ScreenshotOnFailureAsync(fixture, "failure-copied-cookie", async () =>
        {
            await page.GotoAsync("/signup");
            await page.SignUpAsync(person);
            var thief = await fixture.NewPageAsync();
            var cookies = await page.Context.CookiesAsync();
            await thief.Context.AddCookiesAsync(cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            await thief.GotoAsync("/account");
            await Assertions.Expect(thief.GetByTestId("password-form")).ToBeVisibleAsync();

            await page.GetByTestId("sign-out").ClickAsync();
            await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();
            await thief.GotoAsync("/account");

            await thief.WaitForURLAsync("**/signin**", Committed);
            await Assertions.Expect(thief.GetByTestId("signin-form")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_browser_signed_in_and_ends_the_others()
    {
        var page = await fixture.NewPageAsync();
        var person = BrowserPerson.New("ivan");
        await page.ScreenshotOnFailureAsync(fixture, "failure-password", async () =>
        {
            await page.GotoAsync("/signup");
            await page.SignUpAsync(person);
            var other = await fixture.NewPageAsync();
            await SignInAsync(other, person.Email, person.Password, expect: null);
            await other.WaitForURLAsync("**/dashboard", Committed);

            await page.GotoAsync("/account");
            await page.GetByTestId("password-current").FillAsync(person.Password);
            await page.GetByTestId("password-new").FillAsync("an entirely new passphrase");
            await page.GetByTestId("password-submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();
            await page.ScreenshotAsync(fixture, "20-password-changed");

            await page.GotoAsync("/account");
            await Assertions.Expect(page.GetByTestId("password-form")).ToBeVisibleAsync();
            await other.GotoAsync("/account");
            await other.WaitForURLAsync("**/signin**", Committed);
        });
    }

    /// <summary>Submits the sign-in form; the time from the click to the page's answer (an alert, or the next page).</summary>
    private static async Task<TimeSpan> SignInAsync(IPage page, string login, string password, string? expect)
    {
        await page.GotoAsync("/signin");
        await page.GetByTestId("signin-email").FillAsync(login);
        await page.GetByTestId("signin-password").FillAsync(password);
        var clock = Stopwatch.StartNew();
        await page.GetByTestId("signin-submit").ClickAsync();
        if (expect is null)
        {
            await page.WaitForURLAsync("**/dashboard", Committed);
        }
        else
        {
            await page.GetByTestId(expect).WaitForAsync();
        }
        return clock.Elapsed;
    }

    /// <summary>The scenario's timings, kept with the test output for the resolution note.</summary>
    private static void Report(string name, IReadOnlyList<TimeSpan> strangers, TimeSpan owner)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        var line = strangers.Count == 0
            ? $"{name}: answer {owner.TotalMilliseconds:0} ms"
            : $"{name}: strangers' answers {strangers.Min(t => t.TotalMilliseconds):0}-{strangers.Max(t => t.TotalMilliseconds):0} ms, owner signed in after {owner.TotalMilliseconds:0} ms";
        File.AppendAllText(Path.Combine(folder, "account-trust.txt"), line + Environment.NewLine);
    }
}
