namespace CareerCraft.Ml.Embeddings;

/// <summary>Which build of the model the session loads (configuration <c>Ml:Model:Precision</c>).</summary>
public enum ModelPrecision
{
    /// <summary>The exported fp32 model, as published.</summary>
    Fp32,

    /// <summary>
    /// The build's dynamic int8 quantization of it (tools/CareerCraft.ModelQuantizer): faster on CPUs, measured
    /// against fp32 by the tests' quality gate (Int8QualityGateTests).
    /// </summary>
    Int8,
}
