using CareerCraft.ModelQuantizer.Onnx;

namespace CareerCraft.ModelQuantizer;

/// <summary>What a run changed, for the build log.</summary>
internal sealed record QuantizationSummary(int MatMuls, int Gemms, int FusedBiases, int SkippedNodes, long FloatBytesBefore, long Int8Bytes);

/// <summary>
/// Dynamic quantization in ONNX Runtime's scheme: every MatMul or Gemm whose weight (B) is an fp32 initializer
/// becomes a <c>com.microsoft.DynamicQuantizeMatMul</c> with per-channel int8 weights; its activations are quantized
/// to uint8 at run time, per inference, from their actual range. That is why no calibration data is needed, and why
/// products of two activations (attention scores) stay fp32: neither side is known ahead.
/// A bias added right after a MatMul (an Add of a 1-D initializer) moves into the node, as Gemm's C does.
/// </summary>
internal static class DynamicQuantizer
{
    public const string MicrosoftDomain = "com.microsoft";
    private const string QuantizedOp = "DynamicQuantizeMatMul";

    public static QuantizationSummary Quantize(ModelProto model)
    {
        var graph = model.Graph ?? throw new InvalidDataException("The model has no graph.");
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var graphInputs = graph.Input.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var graphOutputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var consumers = Consumers(graph);

        var quantized = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var added = new List<TensorProto>();
        var removedNodes = new HashSet<NodeProto>(ReferenceEqualityComparer.Instance);
        int matMuls = 0, gemms = 0, fusedBiases = 0, skipped = 0;
        long floatBytes = 0, int8Bytes = 0;

        foreach (var node in graph.Node)
        {
            if (node.Domain is { Length: > 0 } || node.OpType is not ("MatMul" or "Gemm"))
            {
                continue;
            }
            // A weight that is also a graph input can be overridden by the caller: it is not a constant to fold.
            if (node.Input.Count < 2 || !initializers.TryGetValue(node.Input[1], out var weight) || graphInputs.Contains(weight.Name)
                || !FloatTensors.IsFloat(weight) || weight.Dims.Count != 2)
            {
                skipped++;
                continue;
            }
            var isGemm = node.OpType == "Gemm";
            string? bias = null;
            if (isGemm)
            {
                if (!IsPlainGemm(node, initializers, weight, out bias))
                {
                    skipped++;
                    continue;
                }
            }

            var transposed = isGemm && Int(node, "transB", 0) == 1;
            var key = weight.Name + (transposed ? ":T" : string.Empty);
            if (!quantized.TryGetValue(key, out var names))
            {
                var (rows, columns) = transposed ? ((int)weight.Dims[1], (int)weight.Dims[0]) : ((int)weight.Dims[0], (int)weight.Dims[1]);
                var values = FloatTensors.Read(weight);
                if (transposed)
                {
                    values = PerChannelWeights.Transpose(values, columns, rows);
                }
                var q = PerChannelWeights.Quantize(values, rows, columns);
                names = [weight.Name + "_quantized", weight.Name + "_scale"];
                added.Add(FloatTensors.Int8(names[0], q.Values, rows, columns));
                added.Add(FloatTensors.Float(names[1], q.Scales, columns));
                quantized[key] = names;
                floatBytes += values.Length * sizeof(float);
                int8Bytes += values.Length;
            }

            var output = node.Output[0];
            if (!isGemm && FollowingBias(output, consumers, initializers, graphOutputs, (int)weight.Dims[1]) is { } add)
            {
                bias = add.Input[0] == output ? add.Input[1] : add.Input[0];
                output = add.Output[0];
                removedNodes.Add(add);
                fusedBiases++;
            }

            var replacement = new NodeProto
            {
                Name = (node.HasName ? node.Name : output) + "_quant",
                OpType = QuantizedOp,
                Domain = MicrosoftDomain,
            };
            // Inputs: A, B, b_scale, b_zero_point (none: symmetric), bias.
            replacement.Input.AddRange([node.Input[0], names[0], names[1], string.Empty, bias ?? string.Empty]);
            TrimOptionalInputs(replacement);
            replacement.Output.Add(output);
            Replace(node, replacement);
            if (isGemm)
            {
                gemms++;
            }
            else
            {
                matMuls++;
            }
        }

        RemoveNodes(graph, removedNodes);
        graph.Initializer.AddRange(added);
        RemoveUnused(graph);
        EnsureOpset(model, MicrosoftDomain, 1);
        return new QuantizationSummary(matMuls, gemms, fusedBiases, skipped, floatBytes, int8Bytes);
    }

    private static Dictionary<string, List<NodeProto>> Consumers(GraphProto graph)
    {
        var consumers = new Dictionary<string, List<NodeProto>>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            foreach (var input in node.Input)
            {
                if (!consumers.TryGetValue(input, out var list))
                {
                    consumers[input] = list = [];
                }
                list.Add(node);
            }
        }
        return consumers;
    }

    /// <summary>Y = A·B (+ C): what DynamicQuantizeMatMul computes; other alphas, betas or a transposed A are left fp32.</summary>
    private static bool IsPlainGemm(NodeProto node, Dictionary<string, TensorProto> initializers, TensorProto weight, out string? bias)
    {
        bias = null;
        if (Float(node, "alpha", 1f) != 1f || Int(node, "transA", 0) != 0)
        {
            return false;
        }
        if (node.Input.Count < 3 || node.Input[2].Length == 0)
        {
            return true;
        }
        var columns = Int(node, "transB", 0) == 1 ? weight.Dims[0] : weight.Dims[1];
        if (Float(node, "beta", 1f) != 1f || !initializers.TryGetValue(node.Input[2], out var c) || c.Dims.Count != 1 || c.Dims[0] != columns)
        {
            return false;
        }
        bias = c.Name;
        return true;
    }

    /// <summary>The Add that is the MatMul's only consumer and adds a [N] constant: the layer's bias.</summary>
    private static NodeProto? FollowingBias(
        string output, Dictionary<string, List<NodeProto>> consumers, Dictionary<string, TensorProto> initializers,
        HashSet<string> graphOutputs, int columns)
    {
        if (graphOutputs.Contains(output) || !consumers.TryGetValue(output, out var users) || users.Count != 1)
        {
            return null;
        }
        var add = users[0];
        if (add.OpType != "Add" || add.Domain is { Length: > 0 } || add.Input.Count != 2)
        {
            return null;
        }
        var other = add.Input[0] == output ? add.Input[1] : add.Input[0];
        return initializers.TryGetValue(other, out var bias) && FloatTensors.IsFloat(bias) && bias.Dims.Count == 1 && bias.Dims[0] == columns
            ? add
            : null;
    }

    private static void TrimOptionalInputs(NodeProto node)
    {
        while (node.Input.Count > 0 && node.Input[^1].Length == 0)
        {
            node.Input.RemoveAt(node.Input.Count - 1);
        }
    }

    /// <summary>Turns <paramref name="node"/> into <paramref name="replacement"/> in place, keeping the graph's order.</summary>
    private static void Replace(NodeProto node, NodeProto replacement)
    {
        node.Input.Clear();
        node.Input.AddRange(replacement.Input);
        node.Output.Clear();
        node.Output.AddRange(replacement.Output);
        node.Attribute.Clear();
        node.Name = replacement.Name;
        node.OpType = replacement.OpType;
        node.Domain = replacement.Domain;
    }

    private static void RemoveNodes(GraphProto graph, HashSet<NodeProto> nodes)
    {
        var kept = graph.Node.Where(n => !nodes.Contains(n)).ToList();
        graph.Node.Clear();
        graph.Node.AddRange(kept);
    }

    /// <summary>Drops the fp32 weights nothing reads any more (the point of the exercise: a model a quarter the size).</summary>
    private static void RemoveUnused(GraphProto graph)
    {
        var used = graph.Node.SelectMany(n => n.Input).Concat(graph.Output.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var kept = graph.Initializer.Where(t => used.Contains(t.Name)).ToList();
        graph.Initializer.Clear();
        graph.Initializer.AddRange(kept);
    }

    private static void EnsureOpset(ModelProto model, string domain, long version)
    {
        if (!model.OpsetImport.Any(o => o.Domain == domain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = domain, Version = version });
        }
    }

    private static long Int(NodeProto node, string name, long fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { HasI: true } attribute ? attribute.I : fallback;

    private static float Float(NodeProto node, string name, float fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { HasF: true } attribute ? attribute.F : fallback;
}
