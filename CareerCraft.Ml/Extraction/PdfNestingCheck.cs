namespace CareerCraft.Ml.Extraction;

/// <summary>
/// The deepest nesting of dictionaries and arrays in a PDF's object syntax, found by one linear scan of the bytes
/// (strings, comments and stream data skipped): PdfPig's parser spends time and stack per level, so a few KB of
/// <c>&lt;&lt;</c> cost it tens of seconds. Real PDFs nest a handful of levels. Nesting inside compressed object
/// streams is not seen here; the worker's deadline bounds that.
/// </summary>
internal static class PdfNestingCheck
{
    private static ReadOnlySpan<byte> StreamKeyword => "stream"u8;
    private static ReadOnlySpan<byte> EndStreamKeyword => "endstream"u8;

    public static void Check(ReadOnlySpan<byte> pdf, int maxDepth)
    {
        var depth = 0;
        void Open()
        {
            if (++depth > maxDepth)
            {
                throw ExtractionErrors.TooComplex($"it nests its objects more than {maxDepth} levels deep, far beyond any real document");
            }
        }

        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }
                    break;
                case (byte)'(':
                    i = SkipString(pdf, i);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    i++;
                    Open();
                    break;
                case (byte)'[':
                    Open();
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    i++;
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when pdf[i..].StartsWith(StreamKeyword) && IsKeywordBoundary(pdf, i, StreamKeyword.Length):
                    var end = pdf[i..].IndexOf(EndStreamKeyword);
                    if (end < 0)
                    {
                        return;
                    }
                    // Stream data is binary: its brackets mean nothing. A new object starts after it.
                    i += end + EndStreamKeyword.Length - 1;
                    depth = 0;
                    break;
            }
        }
    }

    private static bool IsKeywordBoundary(ReadOnlySpan<byte> pdf, int start, int length) =>
        (start == 0 || !char.IsAsciiLetter((char)pdf[start - 1])) && start + length < pdf.Length && pdf[start + length] is (byte)'\r' or (byte)'\n';

    /// <summary>The index of the string's closing parenthesis (strings nest balanced parentheses; '\' escapes).</summary>
    private static int SkipString(ReadOnlySpan<byte> pdf, int start)
    {
        var open = 0;
        for (var i = start; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i;
            }
        }
        return pdf.Length;
    }
}
