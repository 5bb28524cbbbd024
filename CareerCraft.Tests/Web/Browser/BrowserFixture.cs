using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// One set of live services and one Chromium for every browser test (each costs seconds to start).
/// Chromium is the system's (DESIGN.md section 8): <c>CHROMIUM_PATH</c>, else /usr/bin/chromium; never a download.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public LiveServices Services { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The browser console's errors and warnings from every page, for the report of a failed step.</summary>
    public ConcurrentQueue<ConsoleEntry> ConsoleMessages { get; } = new();

    /// <summary>Screenshots of the main pages, kept with the test output for a person to look at.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        Services = await LiveServices.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(Playwright);
    }

    /// <summary>The system's Chromium, headless, with nothing of its own reaching out to the network.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args =
            [
                "--disable-gpu", "--disable-quic", "--no-sandbox", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });

    private int _people;

    /// <summary>
    /// A fresh browser profile (cookies, storage) per simulated person, each at an address of its own: the web
    /// believes X-Forwarded-For from loopback, as it would from the ingress in front of it, so every person counts
    /// as one end user at the backend's per-address limits, as real browsers do.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var person = Interlocked.Increment(ref _people);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = $"198.18.{person / 250}.{person % 250 + 1}" },
            BaseURL = Services.WebAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        // Analysis and generation run the real model on a shared 2-core machine: give them time.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                ConsoleMessages.Enqueue(new ConsoleEntry(DateTimeOffset.UtcNow, message.Type, message.Text, message.Location));
            }
        };
        return page;
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        const string system = "/usr/bin/chromium";
        return File.Exists(system)
            ? system
            : throw new InvalidOperationException("Chromium not found: install the Debian package 'chromium' (.ci/run does) or set CHROMIUM_PATH.");
    }

    // Null-safe: when start-up fails half-way, what did start is still shut down and the start-up error is what shows.
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        Playwright?.Dispose();
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }
    }
}

/// <summary>One message the browser wrote to its console.</summary>
public sealed record ConsoleEntry(DateTimeOffset At, string Type, string Text, string Location)
{
    public override string ToString() => $"{At:HH:mm:ss.fff} {Type} {Text} ({Location})";
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
