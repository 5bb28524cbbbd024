using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CareerCraft.Tests.AppHost;

/// <summary>One span as an OTLP exporter sent it: the service it came from and where it sits in its trace.</summary>
public sealed record ExportedSpan(
    string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyList<string> LinkedTraceIds)
{
    public override string ToString() => $"{Service} {Scope} {Name} trace {TraceId} span {SpanId} parent {ParentSpanId}";
}

/// <summary>
/// A stand-in for the Aspire dashboard's OTLP/HTTP endpoint on a loopback port: services export to it exactly as they
/// would to the dashboard (<c>POST /v1/traces</c>, protobuf <c>ExportTraceServiceRequest</c>), and it keeps each span.
/// Logs and metrics are accepted and dropped. The protobuf is read with a small wire-format reader of the few fields
/// the tests need (opentelemetry-proto's trace/v1, common/v1 and resource/v1 messages), not with generated code.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly LocalHttpServer _server;

    private OtlpReceiver(LocalHttpServer server) => _server = server;

    private ConcurrentQueue<ExportedSpan> Received { get; } = new();

    /// <summary>The endpoint to give <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with protocol <c>http/protobuf</c>).</summary>
    public string Endpoint => _server.BaseUrl;

    public IReadOnlyList<ExportedSpan> Spans => Received.ToArray();

    public static async Task<OtlpReceiver> StartAsync()
    {
        OtlpReceiver? receiver = null;
        var server = await LocalHttpServer.StartAsync(context => receiver!.HandleAsync(context));
        receiver = new OtlpReceiver(server);
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.Value is not ("/v1/traces" or "/v1/logs" or "/v1/metrics"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        using var body = new MemoryStream();
        if (context.Request.Headers.ContentEncoding == "gzip")
        {
            await using var gzip = new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true);
            await gzip.CopyToAsync(body, context.RequestAborted);
        }
        else
        {
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        }
        if (context.Request.Path == "/v1/traces")
        {
            foreach (var span in ReadTraces(body.ToArray()))
            {
                Received.Enqueue(span);
            }
        }
        // An empty Export*ServiceResponse: everything accepted.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/x-protobuf";
    }

    /// <summary>Reads an <c>ExportTraceServiceRequest</c>.</summary>
    public static List<ExportedSpan> ReadTraces(ReadOnlyMemory<byte> request)
    {
        var spans = new List<ExportedSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1)
            {
                continue;
            }
            // ResourceSpans: resource = 1, scope_spans = 2.
            var service = "";
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1)
                {
                    // Resource: attributes = 1 (KeyValue: key = 1, value = 2 (AnyValue: string_value = 1)).
                    foreach (var (a, attribute) in Fields(value))
                    {
                        if (a == 1 && Attribute(attribute) is ("service.name", var name))
                        {
                            service = name;
                        }
                    }
                }
            }
            foreach (var (f, scopeSpans) in Fields(resourceSpans))
            {
                if (f != 2)
                {
                    continue;
                }
                // ScopeSpans: scope = 1 (InstrumentationScope: name = 1), spans = 2.
                var scope = "";
                foreach (var (s, value) in Fields(scopeSpans))
                {
                    if (s == 1)
                    {
                        scope = Text(Fields(value).FirstOrDefault(p => p.Field == 1).Value);
                    }
                }
                foreach (var (s, span) in Fields(scopeSpans))
                {
                    if (s == 2)
                    {
                        spans.Add(ReadSpan(service, scope, span));
                    }
                }
            }
        }
        return spans;
    }

    // Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, links = 13 (Link: trace_id = 1, span_id = 2).
    private static ExportedSpan ReadSpan(string service, string scope, ReadOnlyMemory<byte> span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var links = new List<string>();
        foreach (var (field, value) in Fields(span))
        {
            switch (field)
            {
                case 1: traceId = Convert.ToHexStringLower(value.Span); break;
                case 2: spanId = Convert.ToHexStringLower(value.Span); break;
                case 4: parent = Convert.ToHexStringLower(value.Span); break;
                case 5: name = Text(value); break;
                case 13: links.Add(Convert.ToHexStringLower(Fields(value).FirstOrDefault(p => p.Field == 1).Value.Span)); break;
            }
        }
        return new ExportedSpan(service, scope, traceId, spanId, parent, name, links);
    }

    private static (string Key, string Value)? Attribute(ReadOnlyMemory<byte> keyValue)
    {
        string? key = null, text = null;
        foreach (var (field, value) in Fields(keyValue))
        {
            if (field == 1)
            {
                key = Text(value);
            }
            else if (field == 2)
            {
                text = Fields(value).Where(p => p.Field == 1).Select(p => Text(p.Value)).FirstOrDefault();
            }
        }
        return key is null || text is null ? null : (key, text);
    }

    private static string Text(ReadOnlyMemory<byte> value) => Encoding.UTF8.GetString(value.Span);

    /// <summary>
    /// The length-delimited fields of one message (wire type 2: strings, bytes, sub-messages), in order; varint and
    /// fixed-width fields are skipped, as no field the tests read has those types.
    /// </summary>
    private static List<(int Field, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<(int, ReadOnlyMemory<byte>)>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var tag = Varint(span, ref at);
            var field = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0: Varint(span, ref at); break;
                case 1: at += 8; break;
                case 5: at += 4; break;
                case 2:
                    var length = checked((int)Varint(span, ref at));
                    fields.Add((field, message.Slice(at, length)));
                    at += length;
                    break;
                default: throw new InvalidDataException($"Unsupported protobuf wire type {tag & 7} (field {field}).");
            }
        }
        if (at != span.Length)
        {
            throw new InvalidDataException("A protobuf message ended inside a field.");
        }
        return fields;
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        throw new InvalidDataException("A protobuf varint is longer than 10 bytes.");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
