using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>The moves every browser test makes: navigate and wait for the circuit, type so Blazor sees it, screenshot.</summary>
public static class PageSteps
{
    /// <summary>Opens a page and waits until the Blazor circuit is connected (the layout sets data-interactive).</summary>
    public static async Task GoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitInteractiveAsync();
    }

    public static Task WaitInteractiveAsync(this IPage page) =>
        page.Locator("[data-testid=layout][data-interactive=true]").WaitForAsync();

    /// <summary>Types a value and leaves the field, so the change event a Blazor <c>@bind</c> listens to fires.</summary>
    public static async Task FillAndCommitAsync(this IPage page, string testId, string value)
    {
        var field = page.GetByTestId(testId);
        await field.FillAsync(value);
        await field.DispatchEventAsync("change");
    }

    public static async Task ScreenshotAsync(this IPage page, BrowserFixture fixture, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(fixture.ScreenshotFolder, name + ".png"),
            FullPage = true,
        });

    /// <summary>Runs a test's steps; when one fails, the page as it was is saved next to the other screenshots.</summary>
    public static async Task ScreenshotOnFailureAsync(this IPage page, BrowserFixture fixture, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await page.ScreenshotAsync(fixture, name);
            throw;
        }
    }
}
