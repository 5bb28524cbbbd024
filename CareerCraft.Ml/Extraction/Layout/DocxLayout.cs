
namespace CareerCraft.Ml.Extraction.Layout;

/// <summary>A line the DOCX writer wrote, with its paragraph's cues and the table cell it stood in.</summary>
internal readonly record struct WrittenLine(string Text, DocxCue? Cue, (int Table, int Row, int? Cell)? Cell)
{
    public static WrittenLine Empty => new(string.Empty, null, null);
}

/// <summary>The DOCX writer's text and the same lines with their layout.</summary>
internal sealed record DocxWriting(string Text, IReadOnlyList<LayoutLine> Lines);

internal static class DocxLayout
{
    // Word's own default body size (11 pt) when a document declares none.
    private const int DefaultBodyHalfPoints = 22;

    /// <summary>
    /// One layout line per written line (a paragraph's manual line breaks make several); Word paginates only when it
    /// displays, so every line is on page 1 and has no position.
    /// </summary>
    public static List<LayoutLine> Lines(IReadOnlyList<WrittenLine> written)
    {
        var body = BodyHalfPoints(written);
        var lines = new List<LayoutLine>(written.Count);
        var blank = false;
        foreach (var line in written)
        {
            foreach (var piece in line.Text.Split('\n'))
            {
                var text = piece.Trim();
                if (text.Length == 0)
                {
                    blank = true;
                    continue;
                }
                var cue = line.Cue;
                lines.Add(new LayoutLine(
                    Text: text,
                    Page: 1,
                    Size: Math.Round((double)(cue?.HalfPoints ?? body) / body, 2),
                    Bold: cue?.Bold ?? false,
                    Italic: cue?.Italic ?? false,
                    BlankBefore: blank,
                    Bullet: cue?.ListLevel is not null,
                    Style: cue?.Style,
                    OutlineLevel: cue?.OutlineLevel,
                    ListLevel: cue?.ListLevel,
                    Table: line.Cell?.Table,
                    Row: line.Cell?.Row,
                    Cell: line.Cell?.Cell));
                blank = false;
            }
        }
        return lines;
    }

    // The size most of the text is set in.
    private static int BodyHalfPoints(IReadOnlyList<WrittenLine> written)
    {
        var bySize = new Dictionary<int, int>();
        foreach (var line in written)
        {
            if (line.Cue?.HalfPoints is { } size)
            {
                bySize[size] = bySize.GetValueOrDefault(size) + line.Text.Length;
            }
        }
        return bySize.Count == 0 ? DefaultBodyHalfPoints : bySize.MaxBy(p => p.Value).Key;
    }
}
