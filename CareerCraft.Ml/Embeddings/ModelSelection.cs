namespace CareerCraft.Ml.Embeddings;

/// <summary>The model file to load (section <c>Ml:Model</c>).</summary>
public sealed class ModelSelection
{
    /// <summary>
    /// int8 by default, because it passes the quality gate (Int8QualityGateTests in the tests; docs/issue-16.md has
    /// the figures): with its layer inputs smoothed before quantization it keeps cosine 0.99 with fp32 on every
    /// reference text. The default follows the gate: should a change make it fail, the tests say to go back to fp32.
    /// </summary>
    public ModelPrecision Precision { get; set; } = ModelPrecision.Int8;

    /// <summary>The file in <see cref="EmbeddingOptions.ModelDirectory"/> that holds this precision's graph.</summary>
    public string FileName => FileNameOf(Precision);

    public static string FileNameOf(ModelPrecision precision) => precision switch
    {
        ModelPrecision.Fp32 => OnnxEmbeddingModel.ModelFileName,
        ModelPrecision.Int8 => OnnxEmbeddingModel.Int8ModelFileName,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Ml:Model:Precision is fp32 or int8."),
    };
}
