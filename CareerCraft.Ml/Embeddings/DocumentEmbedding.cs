using System.Numerics.Tensors;
using System.Text;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// One vector for a whole document. The model reads 256 tokens at most, so a document is cut on line boundaries into
/// passages well within that, and the unit vector of their mean stands for the document.
/// </summary>
public static class DocumentEmbedding
{
    // About 100 word pieces of ordinary English, within the 128 the model was trained on. Ranking a new resume took
    // 1.16x less time than with 900-character passages (attention grows with the square of length), and the top-1
    // job of generated resumes was the same (docs/issue-16.md).
    private const int PassageCharacters = 450;
    // 10,800 characters: a long resume is read whole.
    private const int MaxPassages = 24;

    /// <summary>Passages of a document's lines, or of the document whole when no line was found in it.</summary>
    public static IReadOnlyList<string> Passages(IReadOnlyList<string> lines, string whole) =>
        Passages(lines.Count > 0 ? lines : [whole]);

    public static IReadOnlyList<string> Passages(IEnumerable<string> lines)
    {
        var passages = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + line.Length + 1 > PassageCharacters)
            {
                passages.Add(current.ToString());
                current.Clear();
                if (passages.Count == MaxPassages)
                {
                    return passages;
                }
            }
            if (current.Length > 0)
            {
                current.Append('\n');
            }
            current.Append(line);
        }
        if (current.Length > 0)
        {
            passages.Add(current.ToString());
        }
        return passages;
    }

    /// <summary>The normalised mean of unit vectors (their centroid's direction).</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors)
    {
        var mean = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            TensorPrimitives.Add(mean, vector, mean);
        }
        var norm = TensorPrimitives.Norm(mean);
        if (norm > 0)
        {
            TensorPrimitives.Divide(mean, norm, mean);
        }
        return mean;
    }
}
