using System.Buffers;
using System.Numerics.Tensors;
using CareerCraft.Ml.Embeddings.Tokenization;
using Microsoft.ML.OnnxRuntime;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// The one ONNX Runtime session of the process and the arithmetic around it: padding token ids into pooled
/// int64 tensors, running the model, and mean-pooling <c>last_hidden_state</c> over the real tokens followed by L2
/// normalisation. Thread-safe (ONNX Runtime sessions are), but the batcher calls it from one thread so that each
/// inference gets all the intra-op threads.
/// </summary>
public sealed class OnnxEmbeddingModel : IDisposable
{
    public const string ModelFileName = "model.onnx";
    public const string Int8ModelFileName = "model.int8.onnx";
    public const string VocabularyFileName = "vocab.txt";
    private const string HiddenStateOutput = "last_hidden_state";

    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly bool _wantsTokenTypes;
    private readonly string[] _outputNames = [HiddenStateOutput];

    private OnnxEmbeddingModel(InferenceSession session, MiniLmTokenizer tokenizer, ModelInfo info)
    {
        _session = session;
        Tokenizer = tokenizer;
        Info = info;
        _wantsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        _inputNames = _wantsTokenTypes
            ? ["input_ids", "attention_mask", "token_type_ids"]
            : ["input_ids", "attention_mask"];
    }

    public MiniLmTokenizer Tokenizer { get; }

    public ModelInfo Info { get; }

    /// <summary>Creates the session on the configured execution provider (see <see cref="ExecutionProviderKind"/>).</summary>
    public static OnnxEmbeddingModel Load(EmbeddingOptions options, ILogger logger)
    {
        var modelPath = Path.Combine(options.ModelDirectory, options.Model.FileName);
        var tokenizer = MiniLmTokenizer.Create(Path.Combine(options.ModelDirectory, VocabularyFileName), options.MaxTokens);
        var (session, provider) = CreateSession(modelPath, options, logger);
        try
        {
            if (!session.OutputMetadata.TryGetValue(HiddenStateOutput, out var output) || output.Dimensions.Length != 3)
            {
                throw new InvalidOperationException($"{modelPath} has no [batch, sequence, dimensions] output named {HiddenStateOutput}.");
            }
            var info = new ModelInfo(options.ModelName, output.Dimensions[2], options.MaxTokens, provider, options.Model.Precision);
            return new OnnxEmbeddingModel(session, tokenizer, info);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static (InferenceSession Session, ExecutionProviderKind Provider) CreateSession(
        string modelPath, EmbeddingOptions options, ILogger logger)
    {
        if (options.ExecutionProvider is ExecutionProviderKind.Cpu)
        {
            return (new InferenceSession(modelPath, CreateSessionOptions(options, cuda: false)), ExecutionProviderKind.Cpu);
        }

        try
        {
            return (new InferenceSession(modelPath, CreateSessionOptions(options, cuda: true)), ExecutionProviderKind.Cuda);
        }
        // The CPU build lacks the CUDA entry point; the GPU build throws when CUDA or cuDNN cannot be loaded.
        catch (Exception e) when (options.ExecutionProvider is ExecutionProviderKind.Auto
            && e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            logger.LogWarning(
                "Ml:ExecutionProvider is Auto but CUDA is not usable ({Reason}); embeddings run on the CPU. " +
                "Build with -p:MlGpu=true on a host with CUDA 13 and cuDNN to use the GPU.", e.Message);
            return (new InferenceSession(modelPath, CreateSessionOptions(options, cuda: false)), ExecutionProviderKind.Cpu);
        }
    }

    private static SessionOptions CreateSessionOptions(EmbeddingOptions options, bool cuda)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = options.InterOpThreads,
        };
        if (cuda)
        {
            try
            {
                sessionOptions.AppendExecutionProvider_CUDA(options.CudaDeviceId);
            }
            catch
            {
                sessionOptions.Dispose();
                throw;
            }
        }
        return sessionOptions;
    }

    /// <summary>
    /// Embeds token sequences (from <see cref="Tokenizer"/>) in one inference, writing one unit vector per sequence
    /// into <paramref name="destinations"/> (each <see cref="ModelInfo.Dimensions"/> long).
    /// </summary>
    public void Embed(IReadOnlyList<int[]> sequences, IReadOnlyList<float[]> destinations)
    {
        var batch = sequences.Count;
        var sequenceLength = 0;
        foreach (var ids in sequences)
        {
            sequenceLength = Math.Max(sequenceLength, ids.Length);
        }
        var dimensions = Info.Dimensions;
        var tokenCount = batch * sequenceLength;

        var inputIds = ArrayPool<long>.Shared.Rent(tokenCount);
        var attentionMask = ArrayPool<long>.Shared.Rent(tokenCount);
        var tokenTypes = ArrayPool<long>.Shared.Rent(tokenCount);
        var hidden = ArrayPool<float>.Shared.Rent(tokenCount * dimensions);
        try
        {
            for (var row = 0; row < batch; row++)
            {
                var ids = sequences[row];
                var offset = row * sequenceLength;
                for (var t = 0; t < ids.Length; t++)
                {
                    inputIds[offset + t] = ids[t];
                }
                // Padding: [PAD] is id 0 and masked out.
                Array.Clear(inputIds, offset + ids.Length, sequenceLength - ids.Length);
                attentionMask.AsSpan(offset, ids.Length).Fill(1);
                attentionMask.AsSpan(offset + ids.Length, sequenceLength - ids.Length).Clear();
            }
            tokenTypes.AsSpan(0, tokenCount).Clear();

            long[] inputShape = [batch, sequenceLength];
            var memory = OrtMemoryInfo.DefaultInstance;
            using var idsValue = OrtValue.CreateTensorValueFromMemory(memory, inputIds.AsMemory(0, tokenCount), inputShape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(memory, attentionMask.AsMemory(0, tokenCount), inputShape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(memory, tokenTypes.AsMemory(0, tokenCount), inputShape);
            using var hiddenValue = OrtValue.CreateTensorValueFromMemory(
                memory, hidden.AsMemory(0, tokenCount * dimensions), [batch, sequenceLength, dimensions]);
            OrtValue[] inputs = _wantsTokenTypes ? [idsValue, maskValue, typesValue] : [idsValue, maskValue];

            using (var runOptions = new RunOptions())
            {
                _session.Run(runOptions, _inputNames, inputs, _outputNames, [hiddenValue]);
            }

            for (var row = 0; row < batch; row++)
            {
                Pool(hidden.AsSpan(row * sequenceLength * dimensions, sequences[row].Length * dimensions), destinations[row], dimensions);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(inputIds);
            ArrayPool<long>.Shared.Return(attentionMask);
            ArrayPool<long>.Shared.Return(tokenTypes);
            ArrayPool<float>.Shared.Return(hidden);
        }
    }

    /// <summary>
    /// Mean pooling over the real tokens, then L2 normalisation. The mean's division by the token count is skipped:
    /// normalising removes any positive scale, so the sum gives the same unit vector.
    /// </summary>
    private static void Pool(ReadOnlySpan<float> tokenStates, Span<float> destination, int dimensions)
    {
        tokenStates[..dimensions].CopyTo(destination);
        for (var offset = dimensions; offset < tokenStates.Length; offset += dimensions)
        {
            TensorPrimitives.Add(destination, tokenStates.Slice(offset, dimensions), destination);
        }
        var norm = TensorPrimitives.Norm(destination);
        TensorPrimitives.Divide(destination, MathF.Max(norm, 1e-12f), destination);
    }

    public void Dispose() => _session.Dispose();
}
