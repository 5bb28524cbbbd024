using System.Globalization;
using System.Text;
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

    /// <summary>
    /// Runs a test's steps; when one fails, the page as it was is saved next to the other screenshots, and the
    /// error says where the page was, what it showed as alerts and what the services logged, so a failure on a
    /// CI machine can be understood from its output alone.
    /// </summary>
    public static async Task ScreenshotOnFailureAsync(this IPage page, BrowserFixture fixture, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception ex)
        {
            string report;
            try
            {
                await page.ScreenshotAsync(fixture, name);
                report = await DescribeAsync(page, fixture);
            }
            catch (PlaywrightException inspection)
            {
                report = $"The page could not be inspected: {inspection.Message}";
            }
            throw new BrowserStepException(report, ex);
        }
    }

    private static async Task<string> DescribeAsync(IPage page, BrowserFixture fixture)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Page: {page.Url}");
        foreach (var alert in await page.Locator("[role=alert]:visible, #components-reconnect-modal[open]").AllInnerTextsAsync())
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"Alert on the page: {alert.Trim()}");
        }
        report.AppendLine("Browser console's newest errors and warnings:");
        foreach (var message in fixture.ConsoleMessages.TakeLast(20))
        {
            report.AppendLine(message.ToString());
        }
        report.AppendLine("Services' newest warnings and errors:");
        foreach (var entry in fixture.Services.Logs.Entries.TakeLast(40))
        {
            report.AppendLine(entry);
        }
        return report.ToString();
    }
}
