using UglyToad.PdfPig.Content;

namespace CareerCraft.Ml.Extraction.Layout;

/// <summary>A logical line being assembled from runs: its visual rows (wraps) and the parts right of them.</summary>
internal sealed class LineUnderConstruction(TextRun first, double limit, LineUnderConstruction? previous)
{
    private readonly List<TextRun> _rows = [first];
    private readonly List<TextRun> _rightParts = [];
    private double _limit = limit;

    private TextRun LastRow => _rows[^1];

    public bool HasBaseline(double baseline, double size) => _rows.Any(r => SameBaseline(r, baseline, size));

    public double RightOn(double baseline, double size) =>
        _rows.Concat(_rightParts).Where(r => SameBaseline(r, baseline, size)).Select(r => r.Right).DefaultIfEmpty(double.NegativeInfinity).Max();

    private static bool SameBaseline(TextRun run, double baseline, double size) =>
        Math.Abs(run.Baseline - baseline) < 0.4 * Math.Max(size, run.Size);

    public void AddRight(TextRun run) => _rightParts.Add(run);

    public bool SameTypeSize(TextRun run) => Math.Abs(run.Size - first.Size) <= 0.3 * Math.Max(run.Size, first.Size);

    /// <summary>
    /// Whether <paramref name="run"/> is this line wrapped: the next row down, in the same type, at the line's text
    /// edge, and its first word would not have fitted where this line's last row ends.
    /// </summary>
    public bool WrapsInto(TextRun run)
    {
        var last = LastRow;
        if (_rightParts.Count > 0 && _rightParts.Any(p => p.Baseline < last.Baseline - 0.25 * p.Size))
        {
            return false;
        }
        if (run.DrawnMarker || run.StartsWithBullet || run.Bold != last.Bold || run.Italic != last.Italic || Math.Abs(run.Size - last.Size) > 0.6)
        {
            return false;
        }
        var step = last.Baseline - run.Baseline;
        if (step < 0.8 * run.Size || step > 1.6 * run.Size || Math.Abs(run.Left - first.TextLeft) > 2.0)
        {
            return false;
        }
        // A column of dates ("2016 – 2018" over "1997 – 1999") is one date per row, however narrow.
        if (PdfLineBuilder.DateLike(last.Text) && PdfLineBuilder.DateLike(run.Text))
        {
            return false;
        }
        var text = last.Text.TrimEnd();
        if (text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';' && char.IsUpper(run.Text[0]))
        {
            return false;
        }
        var space = 0.28 * run.Size;
        return last.Right + space + run.FirstWordWidth > _limit - 0.25 * run.Size;
    }

    public void AddWrapped(TextRun run, double limit)
    {
        _rows.Add(run);
        _limit = Math.Min(_limit, limit);
    }

    public LayoutLine ToLayoutLine(Page page, int pageNumber, double body, List<double> anchors)
    {
        var text = _rows[0].Text.Trim();
        foreach (var row in _rows.Skip(1))
        {
            var next = row.Text.Trim();
            // "dressing-" + "change": the generators that wrap resumes do not hyphenate, so a line-end hyphen is a
            // compound's and stays.
            text = text.EndsWith('-') ? text + next : text + " " + next;
        }
        foreach (var part in _rightParts)
        {
            text += " " + part.Text.Trim();
        }
        var all = _rows.Concat(_rightParts).ToList();
        var size = all.Max(r => r.Size);
        var gapAbove = previous is null ? 0 : previous.LastRow.Baseline - first.Baseline;
        return new LayoutLine(
            Text: text,
            Page: pageNumber,
            Size: Math.Round(size / body, 2),
            Bold: _rows.All(r => r.Bold),
            Italic: _rows.All(r => r.Italic),
            BlankBefore: gapAbove > 1.75 * size,
            Bullet: first.DrawnMarker || first.StartsWithBullet,
            Left: Math.Round(first.Left, 1),
            Top: Math.Round(page.Height - first.Baseline - size * 0.8, 1),
            Right: Math.Round(all.Max(r => r.Right), 1),
            Column: Column(first.TextLeft, body, anchors));
    }

    // Column edges are anchors at least three body ems apart; the line's column is the last edge at or left of it.
    private static int Column(double left, double body, List<double> anchors)
    {
        var column = -1;
        double? kept = null;
        foreach (var anchor in anchors.Order())
        {
            if (kept is not null && anchor - kept < 3 * body)
            {
                continue;
            }
            kept = anchor;
            if (anchor <= left + 2.0)
            {
                column++;
            }
        }
        return Math.Max(column, 0);
    }
}
