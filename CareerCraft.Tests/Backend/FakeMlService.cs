using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerCraft.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Speaks the ML service's <c>POST /resume/extract-text</c> contract (DESIGN.md section 4): multipart field
/// <c>file</c>, a bearer token required, <c>{fileName, format, pageCount, text, ocr, warnings}</c> back. The text it
/// returns names the file and its size, so a test can tell that the backend stored exactly this answer.
/// </summary>
public sealed class FakeMlService : IAsyncDisposable
{
    private LocalHttpServer _server = null!;

    /// <summary>
    /// <c>Erroring</c> answers <see cref="ErrorStatus"/> without a verdict on the file; <c>DropsConnection</c> aborts
    /// the connection as an ML process killed by a file would; <c>RefusesFile</c> answers <see cref="RefusalStatus"/>
    /// with a problem document, as for a password-protected PDF.
    /// </summary>
    public enum Mode { Up, Erroring, RefusesFile, Hangs, DropsConnection }

    public const string RefusalType = "https://careercraft.dev/problems/password-protected";
    public const string RefusalDetail = "The PDF needs a password to open. Save a copy without the password and upload that.";

    public Mode Behaviour { get; set; } = Mode.Up;

    public int ErrorStatus { get; set; } = StatusCodes.Status503ServiceUnavailable;

    public int RefusalStatus { get; set; } = StatusCodes.Status422UnprocessableEntity;

    /// <summary>The bearer tokens seen, in order.</summary>
    public ConcurrentQueue<string?> Tokens { get; } = new();

    public int Calls => Tokens.Count;

    public string BaseUrl => _server.BaseUrl;

    public static string ExpectedText(string fileName, long size) => $"Extracted text of {fileName} ({size} bytes)";

    public static async Task<FakeMlService> StartAsync()
    {
        var fake = new FakeMlService();
        fake._server = await LocalHttpServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != "/resume/extract-text" || context.Request.Method != HttpMethods.Post)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var authorization = AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header) ? header : null;
        Tokens.Enqueue(authorization?.Scheme == "Bearer" ? authorization.Parameter : null);
        if (authorization?.Scheme != "Bearer")
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        switch (Behaviour)
        {
            case Mode.Erroring:
                context.Response.StatusCode = ErrorStatus;
                return;
            case Mode.DropsConnection:
                context.Abort();
                return;
            case Mode.Hangs:
                // Until the caller gives up and drops the connection.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case Mode.RefusesFile:
                context.Response.StatusCode = RefusalStatus;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { type = RefusalType, title = "Password protected", status = RefusalStatus, detail = RefusalDetail }));
                return;
        }
        var form = await context.Request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            fileName = file.FileName,
            format = file.ContentType.Contains("pdf", StringComparison.Ordinal) ? "pdf" : "docx",
            pageCount = 1,
            text = ExpectedText(file.FileName, file.Length),
            ocr = false,
            warnings = Array.Empty<string>(),
        }));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
