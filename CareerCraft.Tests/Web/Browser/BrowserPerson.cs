using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>A new person for one browser test: a unique username and email, so tests never share an account.</summary>
public sealed record BrowserPerson(string Username, string Email, string Password, string FullName)
{
    public static BrowserPerson New(string name)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return new BrowserPerson($"{name}{suffix}", $"{name}.{suffix}@example.com", "correct horse battery", char.ToUpperInvariant(name[0]) + name[1..] + " Example");
    }
}

public static class SignUpSteps
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Fills and sends the sign-up form the page shows, then waits for the welcoming dashboard.</summary>
    public static async Task SignUpAsync(this IPage page, BrowserPerson person)
    {
        await page.GetByTestId("signup-fullname").FillAsync(person.FullName);
        await page.GetByTestId("signup-username").FillAsync(person.Username);
        await page.GetByTestId("signup-email").FillAsync(person.Email);
        await page.GetByTestId("signup-password").FillAsync(person.Password);
        await page.GetByTestId("signup-confirm").FillAsync(person.Password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await page.WaitForURLAsync("**/dashboard?welcome=1", Committed);
        await page.WaitInteractiveAsync();
    }

    /// <summary>Opens the sign-up page and signs up a new person.</summary>
    public static async Task<BrowserPerson> SignUpNewPersonAsync(this IPage page, string name)
    {
        var person = BrowserPerson.New(name);
        await page.GotoAsync("/signup");
        await page.SignUpAsync(person);
        return person;
    }
}
