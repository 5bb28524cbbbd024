using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>One finished span as a service's tracer provider exported it.</summary>
public sealed record RecordedSpan(ActivityTraceId TraceId, ActivitySpanId SpanId, ActivitySpanId ParentSpanId, string Source, string Name, string? Url, int? Port);

/// <summary>
/// Added to a service's OpenTelemetry tracer provider, it keeps what the provider would export, after the service's
/// own sampler and filters: the dashboard's view, without an OTLP collector.
/// </summary>
public sealed class SpanRecorder : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<RecordedSpan> _spans = new();

    public IReadOnlyList<RecordedSpan> Spans => _spans.ToArray();

    public override void OnEnd(Activity data)
    {
        if (!data.Recorded)
        {
            return;
        }
        var url = (data.GetTagItem("url.full") ?? data.GetTagItem("url.path")) as string;
        var port = data.GetTagItem("server.port") switch
        {
            int p => p,
            long p => (int)p,
            string p when int.TryParse(p, out var parsed) => parsed,
            _ => (int?)null,
        };
        _spans.Enqueue(new RecordedSpan(data.TraceId, data.SpanId, data.ParentSpanId, data.Source.Name, data.DisplayName, url, port));
    }
}
