namespace CareerCraft.Contracts.Ml;

/// <summary><c>GET /model</c>: the embedding model this replica serves.</summary>
public sealed record ModelResponse(string Name, int Dimensions, int MaxTokens, string ExecutionProvider, string Precision);
