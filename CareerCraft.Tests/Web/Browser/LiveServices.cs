using CareerCraft.Backend;
using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// The three services running for real in the test process, each on its own loopback Kestrel socket: the ML
/// service with the real model, the backend on SQLite in a temp folder, and the web app finding both through
/// service discovery configuration, exactly as the AppHost wires them.
/// </summary>
public sealed class LiveServices : IAsyncDisposable
{
    private readonly TempDirectory _data = new();

    private LiveServices()
    {
    }

    public ServiceFactory<MlService> Ml { get; private set; } = null!;

    public ServiceFactory<BackendService> Backend { get; private set; } = null!;

    public ServiceFactory<WebApp> Web { get; private set; } = null!;

    public Uri MlAddress { get; private set; } = null!;

    public Uri BackendAddress { get; private set; } = null!;

    public Uri WebAddress { get; private set; } = null!;

    /// <summary>The three services' newest warnings and errors, for the report of a failed step.</summary>
    public LogRecorder Logs { get; } = new();

    public static LiveServices Start()
    {
        var services = new LiveServices();
        services.Ml = new ServiceFactory<MlService>()
            .RecordLogsTo(services.Logs)
            // A browser flow sends more requests per minute than the per-user limit allows a person.
            .WithSetting("Ml:RateLimit:PermitsPerMinute", "100000")
            .WithSetting("Ml:RateLimit:Burst", "10000");
        services.MlAddress = StartOnLoopback(services.Ml);

        services.Backend = new ServiceFactory<BackendService>()
            .RecordLogsTo(services.Logs)
            .WithSetting("Storage:Path", Path.Combine(services._data.Path, "backend.db"))
            .WithSetting("Ml:BaseAddress", services.MlAddress.ToString())
            .WithSetting("services:ml:http:0", services.MlAddress.ToString())
            .WithSetting("Auth:BCryptWorkFactor", "4")
            .WithSetting("Auth:RateLimit:PermitLimit", "100000");
        services.BackendAddress = StartOnLoopback(services.Backend);

        services.Web = new ServiceFactory<WebApp>()
            .RecordLogsTo(services.Logs)
            .WithSetting("services:backend:http:0", services.BackendAddress.ToString())
            .WithSetting("services:ml:http:0", services.MlAddress.ToString());
        services.WebAddress = StartOnLoopback(services.Web);
        return services;
    }

    private static Uri StartOnLoopback<T>(ServiceFactory<T> factory) where T : class
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        // Kestrel reports the bound address (e.g. http://127.0.0.1:41235); "localhost" would make the browser try IPv6 first.
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Backend.DisposeAsync();
        await Ml.DisposeAsync();
        _data.Dispose();
    }
}
