using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// Hosts one service in the test process with the tests' JWT key (the backend signs with it, the others read its
/// public half from <see cref="TestJwks"/>). <typeparamref name="TEntry"/> is the
/// service's marker type (the three top-level Program types collide).
/// </summary>
public class ServiceFactory<TEntry> : WebApplicationFactory<TEntry> where TEntry : class
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Jwt:SigningKey"] = TestJwt.SigningKey,
        ["Jwt:Issuer"] = TestJwt.Issuer,
        ["Jwt:Audience"] = TestJwt.Audience,
        ["Jwt:JwksUri"] = TestJwks.Uri,
    };

    private LogRecorder? _logs;

    private Action<IServiceCollection>? _services;

    /// <summary>Adds or overrides a configuration value; call before the first client is created.</summary>
    public ServiceFactory<TEntry> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Also sends the service's warnings and errors to <paramref name="logs"/>; call before it starts.</summary>
    public ServiceFactory<TEntry> RecordLogsTo(LogRecorder logs)
    {
        _logs = logs;
        return this;
    }

    /// <summary>Replaces services after the service's own registrations (e.g. its clock); call before it starts.</summary>
    public ServiceFactory<TEntry> WithServices(Action<IServiceCollection> configure)
    {
        _services += configure;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_services is { } services)
        {
            builder.ConfigureTestServices(services);
        }
        if (_logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    // A service that refuses to start ends its own Run, which disposes the host, while WebApplicationFactory's deferred
    // host may still be about to read the host's services: that race surfaces as ObjectDisposedException instead of
    // the reason. The reason is the entry point's failure, which the deferred host builder keeps; it is read from there.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        try
        {
            return base.CreateHost(builder);
        }
        catch (ObjectDisposedException) when (EntryPointFailure(builder) is { } reason)
        {
            ExceptionDispatchInfo.Throw(reason);
            throw;
        }
    }

    private static Exception? EntryPointFailure(IHostBuilder deferredBuilder)
    {
        var started = deferredBuilder.GetType().GetField("_hostStartTcs", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(deferredBuilder) as TaskCompletionSource;
        if (started is null)
        {
            return null;
        }
        try
        {
            started.Task.Wait(TimeSpan.FromSeconds(30));
            return null;
        }
        catch (AggregateException failed)
        {
            return failed.InnerException;
        }
    }

    /// <summary>
    /// Starts the service on a real loopback socket (where the peer address is real, as forwarded-header and
    /// per-address rules need, and a browser can reach it) and returns its address.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        // Kestrel reports the bound address (e.g. http://127.0.0.1:41235); "localhost" would make the browser try IPv6 first.
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public HttpClient CreateAuthenticatedClient(string userId = "test-user")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Create(userId));
        return client;
    }
}
