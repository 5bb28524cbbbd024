using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace CareerCraft.ServiceDefaults.Telemetry;

/// <summary>
/// What the dashboard's trace list leaves out, so that a person's actions and their fan-out to backend and ML stand
/// out: health probes, static files, Blazor's transport bookkeeping, and the acknowledgements a Blazor circuit sends
/// after every render or JS call (one root trace each, hundreds per visit). Blazor's circuit, route and event spans,
/// the hub calls that run a page's code, and every outgoing HTTP call are kept.
/// </summary>
public static class TraceNoise
{
    /// <summary>The Blazor and SignalR activity sources whose spans are worth keeping (the filter below drops the rest).</summary>
    public static readonly string[] BlazorSources =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.SignalR.Server",
    ];

    private const string ComponentHub = "Microsoft.AspNetCore.Components.Server.ComponentHub/";

    // Hub methods that only acknowledge or stream (render batches, JS results, file chunks); page code runs in
    // UpdateRootComponents, OnLocationChanged, BeginInvokeDotNetFromJS and Blazor's own event spans.
    private static readonly HashSet<string> QuietHubMethods = new(StringComparer.Ordinal)
    {
        "OnRenderCompleted", "EndInvokeJSFromDotNet", "ReceiveJSDataChunk", "ReceiveByteArray", "OnDisconnectedAsync",
    };

    private static readonly HashSet<string> StaticAssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".svg", ".png", ".jpg", ".ico", ".webp", ".woff", ".woff2", ".ttf",
    };

    /// <summary>Whether an incoming request is worth a trace.</summary>
    public static bool IsWorthTracing(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath) || path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath)
            || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
            || path.StartsWithSegments("/_blazor/negotiate") || path.StartsWithSegments("/_blazor/disconnect"))
        {
            return false;
        }
        // Static web assets (app.css, favicon.svg, a component's .razor.js); not /.well-known/jwks.json, a real call.
        return !StaticAssetExtensions.Contains(Path.GetExtension(path.Value ?? ""));
    }

    /// <summary>
    /// Unmarks the circuit's acknowledgement spans as they end, so no exporter after it sends them. (A sampler cannot
    /// tell them apart: SignalR names its invocation activities after the hub method only once they are created.)
    /// </summary>
    public sealed class QuietHubCalls : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            var name = data.DisplayName;
            if (name.StartsWith(ComponentHub, StringComparison.Ordinal) && QuietHubMethods.Contains(name[ComponentHub.Length..]))
            {
                data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            }
        }
    }
}
