using CareerCraft.Ml.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCraft.Tests.Ml.Embeddings.Int8;

/// <summary>Both builds of the model the ML build wrote, loaded side by side as the service loads them.</summary>
public sealed class PrecisionModels : IDisposable
{
    public OnnxEmbeddingModel Fp32 { get; } = Load(ModelPrecision.Fp32);

    public OnnxEmbeddingModel Int8 { get; } = Load(ModelPrecision.Int8);

    public static float[][] Embed(OnnxEmbeddingModel model, IReadOnlyList<string> texts)
    {
        var sequences = texts.Select(model.Tokenizer.Encode).ToList();
        var vectors = texts.Select(_ => new float[model.Info.Dimensions]).ToArray();
        model.Embed(sequences, vectors);
        return vectors;
    }

    private static OnnxEmbeddingModel Load(ModelPrecision precision) =>
        OnnxEmbeddingModel.Load(new EmbeddingOptions { Model = new ModelSelection { Precision = precision } }, NullLogger.Instance);

    public void Dispose()
    {
        Fp32.Dispose();
        Int8.Dispose();
    }
}
