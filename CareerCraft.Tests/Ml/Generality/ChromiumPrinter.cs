using CareerCraft.ResumeGenerator.Rendering;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// Prints HTML to PDF with the system's Chromium through Playwright (one browser for the whole run: a process per
/// file would cost a second or two each). The same output as <c>chromium --headless --print-to-pdf</c>.
/// </summary>
internal sealed class ChromiumPrinter : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private ChromiumPrinter(IPlaywright playwright, IBrowser browser, IPage page) =>
        (this.playwright, this.browser, this.page) = (playwright, browser, page);

    /// <summary>A printer, or null when no Chromium is installed.</summary>
    public static async Task<ChromiumPrinter?> TryStartAsync()
    {
        if (ExternalRenderers.FindChromium() is not { } path)
        {
            return null;
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
        });
        return new ChromiumPrinter(playwright, browser, await browser.NewPageAsync());
    }

    public async Task<byte[]> PrintAsync(string html)
    {
        await page.SetContentAsync(html);
        return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
