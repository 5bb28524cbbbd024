using Microsoft.ML.Tokenizers;

namespace CareerCraft.Ml.Embeddings.Tokenization;

/// <summary>
/// all-MiniLM-L6-v2's uncased WordPiece tokenizer: ML.Tokenizers' <see cref="BertTokenizer"/> for the vocabulary and
/// word pieces, with the reference's normalisation and word split (see <see cref="BertTextNormalizer"/> and
/// <see cref="BertPunctuationPreTokenizer"/>), so ids are identical to the reference tokenizer's.
/// </summary>
public sealed class MiniLmTokenizer
{
    // BERT gives up on words longer than this and emits a single [UNK].
    private const int MaxCharsPerWord = 100;

    private readonly BertTokenizer _bert;

    private MiniLmTokenizer(BertTokenizer bert, int maxTokens)
    {
        _bert = bert;
        MaxTokens = maxTokens;
    }

    /// <summary>The longest sequence produced, [CLS] and [SEP] included.</summary>
    public int MaxTokens { get; }

    public int ClassificationTokenId => _bert.ClassificationTokenId;

    public int SeparatorTokenId => _bert.SeparatorTokenId;

    public int UnknownTokenId => _bert.UnknownTokenId;

    public static MiniLmTokenizer Create(string vocabPath, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 3);
        var bert = BertTokenizer.Create(vocabPath, new BertOptions
        {
            RemoveNonSpacingMarks = true,
            Normalizer = new BertTextNormalizer(),
            PreTokenizer = new BertPunctuationPreTokenizer(),
            MaxInputCharsPerWord = MaxCharsPerWord,
        });
        return new MiniLmTokenizer(bert, maxTokens);
    }

    /// <summary>
    /// Token ids with [CLS] first. Like the reference (transformers.js), truncation cuts the whole sequence at
    /// <see cref="MaxTokens"/>, so a text that overflows ends in a word piece rather than [SEP].
    /// </summary>
    public int[] Encode(string text)
    {
        // ML.Tokenizers stops before a word that would not fit, and one word yields at most MaxCharsPerWord pieces:
        // asking for that much headroom guarantees every piece we keep, without word-piecing a whole long document.
        var pieces = _bert.EncodeToIds(text, MaxTokens - 1 + MaxCharsPerWord, addSpecialTokens: false, out _, out _);
        var fits = pieces.Count <= MaxTokens - 2;
        var kept = fits ? pieces.Count : MaxTokens - 1;
        var ids = new int[fits ? kept + 2 : MaxTokens];
        ids[0] = ClassificationTokenId;
        for (var i = 0; i < kept; i++)
        {
            ids[i + 1] = pieces[i];
        }
        if (fits)
        {
            ids[^1] = SeparatorTokenId;
        }
        return ids;
    }
}
