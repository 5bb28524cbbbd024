namespace CareerCraft.Ml.Embeddings;

/// <summary>Where inference runs (configuration <c>Ml:ExecutionProvider</c>).</summary>
public enum ExecutionProviderKind
{
    /// <summary>ONNX Runtime's CPU provider; always available.</summary>
    Cpu,

    /// <summary>CUDA only: start-up fails when the GPU build, driver or device is missing.</summary>
    Cuda,

    /// <summary>CUDA when it can be started, otherwise CPU with a logged warning.</summary>
    Auto,
}
