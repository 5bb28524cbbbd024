using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.Embeddings;

/// <summary>The embedding engine's settings (section <c>Ml</c>; <c>Ml:ExecutionProvider</c> is shared with the AppHost).</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Ml";

    /// <summary>The folder the build extracts the model into (see build/MiniLmModel.targets).</summary>
    public static string DefaultModelDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "models", "all-MiniLM-L6-v2");

    [EnumDataType(typeof(ExecutionProviderKind))]
    public ExecutionProviderKind ExecutionProvider { get; set; } = ExecutionProviderKind.Cpu;

    /// <summary>Which model file: <c>Ml:Model:Precision</c> = <c>fp32</c> or <c>int8</c>.</summary>
    public ModelSelection Model { get; set; } = new();

    /// <summary>Folder holding <c>model.onnx</c>, <c>model.int8.onnx</c> and <c>vocab.txt</c>.</summary>
    [Required]
    public string ModelDirectory { get; set; } = DefaultModelDirectory;

    public string ModelName { get; set; } = "all-MiniLM-L6-v2";

    /// <summary>Tokens per text, [CLS] and [SEP] included; the model was trained with 256 (it accepts up to 512).</summary>
    [Range(8, 512)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>Threads one inference may use; 0 lets ONNX Runtime use one per physical core.</summary>
    [Range(0, 256)]
    public int IntraOpThreads { get; set; }

    /// <summary>Threads for running independent graph nodes in parallel; 1 suits this sequential graph.</summary>
    [Range(1, 64)]
    public int InterOpThreads { get; set; } = 1;

    [Range(0, 64)]
    public int CudaDeviceId { get; set; }

    /// <summary>Most texts one inference takes.</summary>
    [Range(1, 1024)]
    public int MaxBatchSize { get; set; } = 32;

    /// <summary>
    /// How long a batch that is not full may wait for texts of requests already being tokenized; it never waits
    /// when no other request is on its way, so a lone request pays nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01")]
    public TimeSpan MaxBatchDelay { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Most texts admitted and not yet embedded; beyond it requests are refused with 503 and Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 4096;
}
