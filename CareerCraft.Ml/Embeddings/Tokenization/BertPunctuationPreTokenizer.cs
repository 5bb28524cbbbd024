using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace CareerCraft.Ml.Embeddings.Tokenization;

/// <summary>
/// BERT's word split as the reference does it: words are runs of anything that is neither whitespace nor
/// punctuation, and each punctuation character is a word of its own. Punctuation is every ASCII non-alphanumeric
/// character plus Unicode category P*. ML.Tokenizers' default (<c>\w+|\p{P}</c>) instead drops whatever is neither,
/// so "+", "|", "€", "°" and emoji vanish where the reference has a token or [UNK]; with this split the word-piece
/// model sees them and answers [UNK] for words it cannot spell, exactly like the reference.
/// </summary>
internal sealed class BertPunctuationPreTokenizer : PreTokenizer
{
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text) =>
        string.IsNullOrEmpty(text) ? [] : Split(text.AsSpan());

    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) =>
        text.IsEmpty ? [] : Split(text);

    private static List<(int Offset, int Length)> Split(ReadOnlySpan<char> text)
    {
        var words = new List<(int Offset, int Length)>(text.Length / 4 + 1);
        var wordStart = -1;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            int width;
            bool space, punctuation;
            if (c < 0x80)
            {
                width = 1;
                space = c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
                punctuation = !space && IsAsciiPunctuation(c);
            }
            else
            {
                if (Rune.DecodeFromUtf16(text[index..], out var rune, out width) != OperationStatus.Done)
                {
                    rune = Rune.ReplacementChar;
                }
                space = Rune.IsWhiteSpace(rune);
                punctuation = !space && IsUnicodePunctuation(Rune.GetUnicodeCategory(rune));
            }

            if (space || punctuation)
            {
                if (wordStart >= 0)
                {
                    words.Add((wordStart, index - wordStart));
                    wordStart = -1;
                }
                if (punctuation)
                {
                    words.Add((index, width));
                }
            }
            else if (wordStart < 0)
            {
                wordStart = index;
            }
            index += width;
        }
        if (wordStart >= 0)
        {
            words.Add((wordStart, text.Length - wordStart));
        }
        return words;
    }

    private static bool IsAsciiPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static bool IsUnicodePunctuation(UnicodeCategory category) => category is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
