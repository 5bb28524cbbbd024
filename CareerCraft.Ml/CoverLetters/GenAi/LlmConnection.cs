using System.Data.Common;

namespace CareerCraft.Ml.CoverLetters.GenAi;

/// <summary>
/// The optional <c>ConnectionStrings:llm</c> (<c>Endpoint=https://...;Key=...;Model=...</c>) of an OpenAI-compatible
/// chat endpoint: OpenAI, Azure OpenAI's /openai/v1, Ollama's /v1. Key may be empty for local servers.
/// </summary>
public sealed record LlmConnection(Uri Endpoint, string Key, string Model)
{
    public const string ConnectionStringName = "llm";

    /// <summary>The parsed connection, or null when none is configured; a malformed one fails start-up with the reason.</summary>
    public static LlmConnection? FromConfiguration(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = value;
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException("ConnectionStrings:llm is not of the form 'Endpoint=...;Key=...;Model=...'.");
        }
        var endpoint = builder.TryGetValue("Endpoint", out var e) ? e?.ToString() : null;
        var model = builder.TryGetValue("Model", out var m) ? m?.ToString() : null;
        var key = builder.TryGetValue("Key", out var k) ? k?.ToString() : null;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException("ConnectionStrings:llm needs Endpoint=<absolute http(s) URL of the OpenAI-compatible API, e.g. https://api.openai.com/v1>.");
        }
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new InvalidOperationException("ConnectionStrings:llm needs Model=<model or deployment name>.");
        }
        // Local servers (Ollama) take any key; the OpenAI client needs a non-empty one.
        return new LlmConnection(uri, string.IsNullOrWhiteSpace(key) ? "unused" : key, model);
    }
}
