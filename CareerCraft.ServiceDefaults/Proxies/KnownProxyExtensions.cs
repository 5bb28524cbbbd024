using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerCraft.ServiceDefaults.Proxies;

public static class KnownProxyExtensions
{
    /// <summary>
    /// Forwarded headers believed only from the configured proxies (<see cref="KnownProxyOptions"/>), one hop deep:
    /// the address a request reports is the one the nearest known proxy saw, never a value a client wrote itself.
    /// </summary>
    public static IHostApplicationBuilder AddKnownProxies(this IHostApplicationBuilder builder, ForwardedHeaders headers)
    {
        builder.Services.AddOptions<KnownProxyOptions>()
            .BindConfiguration(KnownProxyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<KnownProxyOptions>>((forwarded, known) =>
            {
                forwarded.ForwardedHeaders = headers;
                forwarded.ForwardLimit = 1;
                // The framework trusts loopback by default; here trust is only what configuration names.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in known.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }
                foreach (var network in known.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }

    /// <summary>Applies the forwarded headers when some proxy is known; with none, the headers are ignored entirely.</summary>
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        var known = app.ApplicationServices.GetRequiredService<IOptions<KnownProxyOptions>>().Value;
        return known.Any ? app.UseForwardedHeaders() : app;
    }
}
