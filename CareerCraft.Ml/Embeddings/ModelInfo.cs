namespace CareerCraft.Ml.Embeddings;

/// <summary>What the loaded session is: reported by GET /model.</summary>
public sealed record ModelInfo(string Name, int Dimensions, int MaxTokens, ExecutionProviderKind ExecutionProvider, ModelPrecision Precision);
