namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// Splits a batch sorted longest first into runs of similar length. The model's cost grows with rows × padded
/// length, so padding a 16-token sentence to a 23-token neighbour wastes 30% of its row; another inference costs a
/// fixed overhead instead. Dynamic programming over the split points picks the cheapest grouping (a batch is at most
/// <see cref="EmbeddingOptions.MaxBatchSize"/> texts, so the quadratic search is cheap).
/// </summary>
internal static class BatchPlanner
{
    // Roughly what one more inference costs, in padded tokens (an estimate of ONNX Runtime's fixed per-call work).
    private const long InferenceOverheadTokens = 32;

    /// <summary>The start index of each group, in order.</summary>
    public static List<int> PaddingAwareGroups(List<EmbeddingWork> sorted)
    {
        var count = sorted.Count;
        var cost = new long[count + 1];
        var groupStart = new int[count + 1];
        for (var end = 1; end <= count; end++)
        {
            cost[end] = long.MaxValue;
            for (var start = 0; start < end; start++)
            {
                // Sorted longest first, so the group pads to its first text's length.
                var candidate = cost[start] + (long)(end - start) * sorted[start].TokenIds.Length + InferenceOverheadTokens;
                if (candidate < cost[end])
                {
                    cost[end] = candidate;
                    groupStart[end] = start;
                }
            }
        }
        var starts = new List<int>();
        for (var end = count; end > 0; end = groupStart[end])
        {
            starts.Add(groupStart[end]);
        }
        starts.Reverse();
        return starts;
    }
}
