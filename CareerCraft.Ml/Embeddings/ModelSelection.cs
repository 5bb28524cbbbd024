namespace CareerCraft.Ml.Embeddings;

/// <summary>The model file to load (section <c>Ml:Model</c>).</summary>
public sealed class ModelSelection
{
    /// <summary>
    /// fp32 by default: int8 becomes the default only when it passes the quality gate (Int8QualityGateTests in the
    /// tests; docs/issue-16.md has the figures). It does not yet: the run-time 8-bit activations cost 0.01-0.02 of
    /// cosine on short texts.
    /// </summary>
    public ModelPrecision Precision { get; set; } = ModelPrecision.Fp32;

    /// <summary>The file in <see cref="EmbeddingOptions.ModelDirectory"/> that holds this precision's graph.</summary>
    public string FileName => FileNameOf(Precision);

    public static string FileNameOf(ModelPrecision precision) => precision switch
    {
        ModelPrecision.Fp32 => OnnxEmbeddingModel.ModelFileName,
        ModelPrecision.Int8 => OnnxEmbeddingModel.Int8ModelFileName,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Ml:Model:Precision is fp32 or int8."),
    };
}
