using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CareerCraft.Tests.Ml.CoverLetters;

/// <summary>
/// A local OpenAI-compatible chat server on a loopback port: <c>POST /v1/chat/completions</c> with JSON answers and,
/// for <c>"stream": true</c>, server-sent chunks ending in <c>data: [DONE]</c>, as api.openai.com does. The test sets
/// the letter the "model" writes, or a status code to fail with, and reads the requests it received.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const string Model = "fake-letter-model";
    public const string ApiKey = "test-key";

    private LocalHttpServer _server = null!;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The letter the model answers with: greeting, paragraphs, closing, sign-off, name.</summary>
    public FakeLetter Letter { get; set; } = FakeLetter.Empty;

    /// <summary>When set, every request fails with this status (e.g. 500), as an overloaded provider does.</summary>
    public int? FailWith { get; set; }

    /// <summary>A pause before each streamed piece, as a real model's pace, so a page can be seen while it writes.</summary>
    public TimeSpan ChunkDelay { get; set; }

    public ConcurrentQueue<JsonNode> Requests { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var fake = new FakeOpenAiServer();
        fake._server = await LocalHttpServer.StartAsync(fake.HandleAsync);
        fake.Endpoint = new Uri($"{fake._server.BaseUrl}/v1");
        return fake;
    }

    private Task HandleAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/v1/chat/completions")
        {
            return CompleteAsync(context);
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    public string ConnectionString => $"Endpoint={Endpoint};Key={ApiKey};Model={Model}";

    private async Task CompleteAsync(HttpContext context)
    {
        var request = (await JsonNode.ParseAsync(context.Request.Body))!;
        Requests.Enqueue(request);
        Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "The fake provider is overloaded.", type = "server_error" } });
            return;
        }
        if (request["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context, Letter.Text, ChunkDelay);
            return;
        }
        // Structured output (response_format json_schema) gets the letter as JSON, a plain request gets text.
        var content = request["response_format"] is not null ? Letter.Json : Letter.Text;
        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = Model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 900, completion_tokens = 300, total_tokens = 1200 },
        });
    }

    private static async Task StreamAsync(HttpContext context, string text, TimeSpan chunkDelay)
    {
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < text.Length; i += 40)
        {
            if (chunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(chunkDelay, context.RequestAborted);
            }
            await WriteChunkAsync(context, new { role = "assistant", content = text.Substring(i, Math.Min(40, text.Length - i)) }, null);
        }
        await WriteChunkAsync(context, new { }, "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task WriteChunkAsync(HttpContext context, object delta, string? finishReason)
    {
        var chunk = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = Model,
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        });
        await context.Response.WriteAsync($"data: {chunk}\n\n");
        await context.Response.Body.FlushAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>A letter as the fake model writes it, as JSON (structured output) or plain text (streaming).</summary>
public sealed record FakeLetter(string Greeting, IReadOnlyList<string> Body, string Closing, string SignOff, string Name)
{
    public static FakeLetter Empty { get; } = new("", [], "", "", "");

    public string Json => JsonSerializer.Serialize(new { greeting = Greeting, body = Body, closing = Closing, signOff = SignOff });

    public string Text => $"{Greeting}\n\n{string.Join("\n\n", Body)}\n\n{Closing}\n\n{SignOff}\n{Name}";
}
