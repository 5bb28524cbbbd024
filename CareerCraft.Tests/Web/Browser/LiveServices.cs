using CareerCraft.Backend;
using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Tests.Ml.CoverLetters;
using CareerCraft.Web;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// The three services running for real in the test process, each on its own loopback Kestrel socket: the ML
/// service with the real model, the backend on SQLite in a temp folder, and the web app finding both through
/// service discovery configuration, exactly as the AppHost wires them. The one fake is the LLM provider (no internet
/// here): a local OpenAI-compatible server whose streamed letter names an employer the resume never mentions, so the
/// pages show the whole GenAI path: the model's text streaming in, withdrawn by the fact check, the template's letter.
/// </summary>
public sealed class LiveServices : IAsyncDisposable
{
    private readonly TempDirectory _data = new();

    private LiveServices()
    {
    }

    public FakeOpenAiServer Llm { get; private set; } = null!;

    public ServiceFactory<MlService> Ml { get; private set; } = null!;

    public ServiceFactory<BackendService> Backend { get; private set; } = null!;

    public ServiceFactory<WebApp> Web { get; private set; } = null!;

    public Uri MlAddress { get; private set; } = null!;

    public Uri BackendAddress { get; private set; } = null!;

    public Uri WebAddress { get; private set; } = null!;

    /// <summary>
    /// The spans the web's tracer provider exports. The three services share this process, so each provider sees
    /// every service's activities, with the same sampler and filters (ServiceDefaults): this is every trace.
    /// </summary>
    public SpanRecorder Spans { get; } = new();

    /// <summary>The three services' newest warnings and errors, for the report of a failed step.</summary>
    public LogRecorder Logs { get; } = new();

    /// <summary>A letter about a job at Contoso, an employer the journey's resume (rm_john_doe.pdf) never names.</summary>
    public static readonly FakeLetter InventedLetter = new(
        "Dear Northwind Traders Hiring Team,",
        ["At Contoso Logistics I led the rebuild of a freight tracking platform in Java and Spring Boot.",
         "I would bring the same care to your logistics customers."],
        "I look forward to speaking with you.",
        "Best regards,",
        "John Doe");

    public static async Task<LiveServices> StartAsync()
    {
        var services = new LiveServices();
        services.Llm = await FakeOpenAiServer.StartAsync();
        services.Llm.Letter = InventedLetter;
        // Eight pieces over about two seconds: long enough to see the letter being written.
        services.Llm.ChunkDelay = TimeSpan.FromMilliseconds(250);
        services.Ml = new ServiceFactory<MlService>()
            .RecordLogsTo(services.Logs)
            .WithSetting("ConnectionStrings:llm", services.Llm.ConnectionString)
            .WithSetting("Ml:CoverLetters:Llm:MaxRetries", "1")
            // A browser flow sends more requests per minute than the per-user limit allows a person.
            .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
            .WithSetting("Ml:RateLimit:Burst", "10000");
        services.MlAddress = services.Ml.StartOnLoopback();

        services.Backend = new ServiceFactory<BackendService>()
            .RecordLogsTo(services.Logs)
            .WithSetting("Storage:Path", Path.Combine(services._data.Path, "backend.db"))
            .WithSetting("Ml:BaseAddress", services.MlAddress.ToString())
            .WithSetting("services:ml:http:0", services.MlAddress.ToString())
            .WithSetting("Auth:BCryptWorkFactor", "4")
            // The real per-address limit: each simulated person has an address of their own (BrowserFixture).
            .WithSetting("Auth:RateLimit:PermitLimit", "10")
            .WithSetting("Auth:SignInThrottle:BaseDelaySeconds", "10")
            .WithSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")
            .WithSetting("Quotas:UploadsPerMinute", "100000");
        services.BackendAddress = services.Backend.StartOnLoopback();

        services.Web = new ServiceFactory<WebApp>()
            .RecordLogsTo(services.Logs)
            .WithServices(s => s.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(services.Spans)))
            // Loopback stands for the TLS-terminating ingress in front of the web (the browsers' headers say who they are).
            .WithSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")
            .WithSetting("services:backend:http:0", services.BackendAddress.ToString())
            .WithSetting("services:ml:http:0", services.MlAddress.ToString());
        services.WebAddress = services.Web.StartOnLoopback();
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Backend.DisposeAsync();
        await Ml.DisposeAsync();
        await Llm.DisposeAsync();
        _data.Dispose();
    }
}
