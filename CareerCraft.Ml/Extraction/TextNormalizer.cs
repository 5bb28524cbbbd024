using System.Text;
using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Normalisation shared by PDF and DOCX text (DESIGN.md section 7). Each rule is its own method so it can be tested
/// alone; <see cref="Normalize"/> applies them in an order where no rule undoes another.
/// </summary>
public static partial class TextNormalizer
{
    public const string Bullet = "•";

    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var s = UnifyLineBreaks(text);
        // Bullets first: NFKC leaves private-use characters alone, and junk removal would otherwise drop them.
        s = MapBullets(s);
        s = ApplyNfkc(s);
        s = RemoveSoftHyphens(s);
        s = RemoveIconJunk(s);
        s = CollapseWhitespace(s);
        s = JoinHyphenatedLineBreaks(s);
        return s;
    }

    /// <summary>CRLF, CR and the Unicode line and paragraph separators become <c>\n</c>.</summary>
    public static string UnifyLineBreaks(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u000B', '\n').Replace('\u000C', '\n');

    /// <summary>NFKC folds ligatures (ﬁ → fi), full-width letters and compatibility spaces into plain text.</summary>
    public static string ApplyNfkc(string text) =>
        text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);

    /// <summary>Soft hyphens are invisible break hints; left in, they split words for search.</summary>
    public static string RemoveSoftHyphens(string text) => text.Replace("\u00AD", string.Empty);

    /// <summary>
    /// Symbol and Wingdings bullets arrive as private-use code points (U+F0B7 and friends) and the geometric bullets
    /// of templates vary; all become "•", followed by a space so the first word of the item stays a word.
    /// </summary>
    public static string MapBullets(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isBullet = c == '•' || IsBullet(c);
            var needsSpace = isBullet && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (isBullet && (c != '•' || needsSpace))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            }
            if (builder is null)
            {
                continue;
            }
            builder.Append(isBullet ? '•' : c);
            if (needsSpace)
            {
                builder.Append(' ');
            }
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>A bullet glyph, "•" itself or one the normaliser maps to it.</summary>
    internal static bool IsBulletGlyph(char c) => c == '•' || IsBullet(c);

    private static bool IsBullet(char c) => c switch
    {
        // Symbol font (F0B7 •, F0A7 ▪), Wingdings (F0D8 ➢, F076 ❖, F0FC ✓, F0A8 ◦, F06E ■, F0E8 ➔, F0A0, F0B2, F09F, F0D7).
        '\uF0B7' or '\uF0A7' or '\uF0D8' or '\uF076' or '\uF0FC' or '\uF0A8' or '\uF06E' or '\uF0E8'
            or '\uF0A0' or '\uF0B2' or '\uF09F' or '\uF0D7' or '\uF0AE' or '\uF0F0' or '\uF075' or '\uF06C' => true,
        // Bullets typed or drawn by templates.
        '\u25CF' or '\u25AA' or '\u25A0' or '\u25E6' or '\u2023' or '\u2043' or '\u2219' or '\u27A2' or '\u25BA' or '\u25B8'
            or '\u25C6' or '\u2756' or '\u29BF' or '\u25C9' => true,
        _ => false,
    };

    /// <summary>
    /// Removes what icon fonts (Font Awesome and the like) and broken encodings leave behind: private-use characters
    /// that are not bullets, U+FFFD, control characters, zero-width characters, stray surrogates and combining marks with
    /// no letter before them.
    /// </summary>
    public static string RemoveIconJunk(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var drop = false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Supplementary private-use planes 15 and 16 hold icon fonts too; keep everything else (emoji included).
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (codePoint >= 0xF0000)
                {
                    builder ??= new StringBuilder(text, 0, i, text.Length);
                    i++;
                    continue;
                }
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            drop = char.IsSurrogate(c)
                || (IsCombiningMark(c) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                || c is >= '\uE000' and <= '\uF8FF'
                || c is '\uFFFD' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFFFC'
                || (char.IsControl(c) && c is not '\n' and not '\t');
            if (drop)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
            else
            {
                builder?.Append(c);
            }
        }
        return builder?.ToString() ?? text;
    }

    // A combining mark after a space or at the start has no letter to sit on: an icon font's glyph mapped to an accent.
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Tabs, no-break and other Unicode spaces become one space; runs of spaces collapse; lines are trimmed; more than one
    /// blank line collapses to one, so paragraph and line structure survives.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blankLines = 0;
        var lineStart = 0;
        var wroteAny = false;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                end = text.Length;
            }
            var line = CollapseLine(text.AsSpan(lineStart, end - lineStart));
            if (line.Length == 0)
            {
                blankLines++;
            }
            else
            {
                if (wroteAny)
                {
                    builder.Append(blankLines > 0 ? "\n\n" : "\n");
                }
                builder.Append(line);
                wroteAny = true;
                blankLines = 0;
            }
            lineStart = end + 1;
        }
        return builder.ToString();
    }

    private static string CollapseLine(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// "manage-\nment" → "management\n": a word broken with a hyphen at a line end continues in lower case on the next
    /// line. A compound the document also writes hyphenated on one line ("cloud-\nnative" where "Cloud-native" appears)
    /// keeps its hyphen. Names and ranges ("Full-\nStack", "2019-\n2021") keep their line break.
    /// </summary>
    public static string JoinHyphenatedLineBreaks(string text) =>
        HyphenatedLineBreak().Replace(text, m =>
        {
            var head = m.Groups["head"].Value;
            var tail = m.Groups["tail"].Value;
            var compound = text.Contains(head + "-" + tail, StringComparison.OrdinalIgnoreCase);
            var joined = head + (compound ? "-" : string.Empty) + tail + m.Groups["rest"].Value;
            // The rest of the continued line stays on its own line; a line that was only the tail leaves no blank one.
            var next = m.Index + m.Length;
            return next < text.Length && text[next] != '\n' ? joined + "\n" : joined;
        });

    [GeneratedRegex(@"(?<head>\p{Ll}{2,})[-\u2010] ?\n(?<tail>\p{Ll}+)(?<rest>[^\s]*) ?", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedLineBreak();
}
