using System.Globalization;
using System.Text;

namespace CareerCraft.ModelQuantizer;

/// <summary>
/// BERT's uncased WordPiece, enough to turn calibration text into token ids: lower-cased, accents stripped, split on
/// spaces and punctuation, each word cut greedily into the longest vocabulary pieces. The service has the full one.
/// </summary>
internal sealed class WordPieceTokenizer(Dictionary<string, long> vocabulary)
{
    public static WordPieceTokenizer Load(string path) => new(File.ReadLines(path)
        .Select((token, index) => (token, index))
        .ToDictionary(t => t.token, t => (long)t.index, StringComparer.Ordinal));

    public long[] Encode(string text)
    {
        var ids = new List<long> { vocabulary["[CLS]"] };
        foreach (var word in Words(text))
        {
            ids.AddRange(Pieces(word));
        }
        ids.Add(vocabulary["[SEP]"]);
        return [.. ids];
    }

    private IEnumerable<long> Pieces(string word)
    {
        var pieces = new List<long>();
        for (var start = 0; start < word.Length;)
        {
            var end = word.Length;
            long? found = null;
            for (; end > start; end--)
            {
                var piece = (start > 0 ? "##" : "") + word[start..end];
                if (vocabulary.TryGetValue(piece, out var id))
                {
                    found = id;
                    break;
                }
            }
            if (found is null)
            {
                return [vocabulary["[UNK]"]];
            }
            pieces.Add(found.Value);
            start = end;
        }
        return pieces;
    }

    private static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || c >= '\u3040')
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
                if (!char.IsWhiteSpace(c))
                {
                    yield return c.ToString();
                }
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
