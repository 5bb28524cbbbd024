using System.Buffers;

namespace CareerCraft.Ml.Skills;

internal enum TokenKind : byte
{
    /// <summary>A run of letters and digits ("kubernetes", "html5").</summary>
    Word,

    /// <summary>One punctuation or symbol character ("#", "+", ".", "/", ",").</summary>
    Symbol,

    /// <summary>An e-mail address or URL, kept whole so that "john.r@mail.com" or "github.com/x/go" yield no skill.</summary>
    Opaque,
}

/// <summary>A token of the text: where it is, what it is, how it joins the previous token, and its line.</summary>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, symbol or address.</param>
/// <param name="Glued">No whitespace between the previous token and this one ("C" and "#" in "C#").</param>
/// <param name="Hyphenated">The previous word and this one are joined by a hyphen ("go-to", "C-suite").</param>
/// <param name="Line">Zero-based line number; no match spans two lines.</param>
internal readonly record struct TextToken(int Start, int Length, TokenKind Kind, bool Glued, bool Hyphenated, int Line)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into words and single-character symbols, once, without allocating a string per token. Symbols are
/// tokens of their own so that "C#", "C++", ".NET", "Node.js" and "CI/CD" can be matched as written while "C, Java"
/// still ends "C" at the comma. A hyphen between two words is dropped and only remembered, so "go-to-market" and
/// "go to market", "Objective-C" and "Objective C" are the same token sequence.
/// </summary>
internal static class SkillTokenizer
{
    // Where an address ends; the common spaces suffice, a rarer one only makes the address look longer.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v\u00A0\u2002\u2003\u2009\u200A\u202F\u3000");

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(Math.Max(16, text.Length / 5));
        var line = 0;
        var previousEnd = -1;
        var hyphenPending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLineBreak(text, i))
            {
                line++;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var glued = previousEnd == i;
            if (i == 0 || char.IsWhiteSpace(text[i - 1]))
            {
                var length = text.AsSpan(i).IndexOfAny(Whitespace);
                var end = length < 0 ? text.Length : i + length;
                if (LooksLikeAddress(text.AsSpan(i, end - i)))
                {
                    tokens.Add(new TextToken(i, end - i, TokenKind.Opaque, false, false, line));
                    previousEnd = end;
                    hyphenPending = false;
                    i = end;
                    continue;
                }
            }
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
                tokens.Add(new TextToken(start, i - start, TokenKind.Word, glued, hyphenPending, line));
                hyphenPending = false;
                previousEnd = i;
                continue;
            }
            if (IsHyphen(c) && glued && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Word
                && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                hyphenPending = true;
                i++;
                previousEnd = i;
                continue;
            }
            tokens.Add(new TextToken(i, 1, TokenKind.Symbol, glued, false, line));
            hyphenPending = false;
            i++;
            previousEnd = i;
        }
        return tokens;
    }

    // "\r\n" counts once (at the "\n"); a lone "\r", a form feed between PDF pages or a Unicode separator ends a line too.
    private static bool IsLineBreak(string text, int i) => text[i] switch
    {
        '\n' or '\f' or '\u2028' or '\u2029' => true,
        '\r' => i + 1 == text.Length || text[i + 1] != '\n',
        _ => false,
    };

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c));

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool LooksLikeAddress(ReadOnlySpan<char> chunk)
    {
        // Most chunks are plain words: rule them out with one vectorised scan.
        if (chunk.Length < 5 || chunk.IndexOfAny('@', '.', ':') < 0)
        {
            return false;
        }
        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].Contains('.'))
        {
            return true;
        }
        return chunk.Contains("://", StringComparison.Ordinal)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || chunk.Contains(".com", StringComparison.OrdinalIgnoreCase)
            || chunk.Contains(".org", StringComparison.OrdinalIgnoreCase)
            || chunk.Contains(".edu", StringComparison.OrdinalIgnoreCase);
    }
}
