using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace CareerCraft.Ml.Embeddings.Tokenization;

/// <summary>
/// The uncased BERT text clean-up exactly as the reference (Hugging Face / transformers.js <c>BertNormalizer</c>) does
/// it: tab, CR and LF are whitespace (ML.Tokenizers' own normalizer deletes them as control characters and so glues
/// words together), control, format, private-use and unpaired surrogate characters are dropped, every whitespace
/// becomes a space, CJK ideographs get spaces around them, then lower case and accents stripped (NFD without
/// non-spacing marks; deliberately not recomposed, as in the reference).
/// </summary>
internal sealed class BertTextNormalizer : Normalizer
{
    public override string Normalize(string original) => Normalize(original.AsSpan());

    public override string Normalize(ReadOnlySpan<char> original)
    {
        if (original.IsEmpty)
        {
            return string.Empty;
        }
        return Ascii.IsValid(original) ? NormalizeAscii(original) : NormalizeUnicode(original);
    }

    // Nearly all resume and job text is ASCII: one pass, one allocation, no Unicode tables.
    private static string NormalizeAscii(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            foreach (var c in text)
            {
                if (c is '\t' or '\n' or '\r')
                {
                    buffer[length++] = ' ';
                }
                else if (c >= ' ' && c != '\u007f')
                {
                    buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                }
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string NormalizeUnicode(ReadOnlySpan<char> text)
    {
        var cleaned = new StringBuilder(text.Length + 16);
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed) != OperationStatus.Done)
            {
                // An unpaired surrogate (category Cs): the reference drops it.
                index += consumed;
                continue;
            }
            index += consumed;

            var value = rune.Value;
            if (value == 0 || value == 0xFFFD)
            {
                continue;
            }
            if (value is '\t' or '\n' or '\r')
            {
                cleaned.Append(' ');
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate)
            {
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                cleaned.Append(' ');
                continue;
            }
            if (IsCjkIdeograph(value))
            {
                cleaned.Append(' ').Append(rune.ToString()).Append(' ');
                continue;
            }
            cleaned.Append(rune.ToString());
        }

        var decomposed = cleaned.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // Combining marks are never surrogates, so a char-wise test is exact here.
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    /// <summary>The CJK blocks BERT splits into single characters (Korean and Japanese kana are spaced words).</summary>
    private static bool IsCjkIdeograph(int cp) =>
        cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
