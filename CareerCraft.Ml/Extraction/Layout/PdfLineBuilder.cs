using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace CareerCraft.Ml.Extraction.Layout;

/// <summary>
/// Reads one PDF page into logical lines, using what a reader uses: a line that ends where its column (or the text
/// beside it, such as right-aligned dates) leaves no room for the next line's first word was wrapped and is joined
/// with that line; text on one baseline far to the right is a right-aligned part of the line (dates, a city) unless
/// it starts a column of its own (a table's content cell beside its heading cell); small filled shapes left of a
/// line are list markers. Content order is kept: generators draw columns one after the other.
/// </summary>
internal static partial class PdfLineBuilder
{
    // Letters further apart than this (in ems) belong to different runs: a tab stop, a column gap.
    private const double RunGapEms = 1.5;

    // A gap wider than this share of the type size between letters is a word space (TeX draws no space characters).
    private const double WordGapEms = 0.18;

    // Lines within this many points share a left edge.
    private const double AlignTolerance = 2.0;

    private const int MaxPathsExamined = 5_000;

    private const double CellGutterEms = 1.2;

    private const double RightPartReachEms = 3;

    // Beyond this many runs a page is no resume page; its layout is not worth the quadratic look-around.
    private const int MaxRunsPerPage = 2_500;

    /// <summary>
    /// The page's lines, or null when they cannot be trusted: the layout is a reading aid, so a page whose drawing
    /// defeats it keeps its text and the document is read as text.
    /// </summary>
    public static List<LayoutLine>? TryBuild(Page page, int pageNumber, ILogger logger)
    {
        try
        {
            return Build(page, pageNumber);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            logger.LogInformation("PDF page {Page}'s layout could not be read: {ExceptionType}: {Message}", pageNumber, ex.GetType().Name, ex.Message);
            return null;
        }
    }

    /// <summary>The page's lines, or null when its drawing order breaks words apart (letters drawn out of order).</summary>
    public static List<LayoutLine>? Build(Page page, int pageNumber)
    {
        var runs = Runs(page);
        if (runs.Count == 0)
        {
            return [];
        }
        var letters = runs.Sum(r => r.LetterCount);
        if (runs.Count > MaxRunsPerPage || letters < 4 * runs.Count)
        {
            return null;
        }
        MarkDrawnMarkers(page, runs);
        var body = BodySize(runs);
        var anchors = ColumnAnchors(runs, body);
        var pageRight = runs.Max(r => r.Right);
        var limits = runs.Select(run => RightLimit(run, runs, EdgesAt(anchors, run), pageRight)).ToArray();
        return Assemble(page, pageNumber, runs, limits, anchors, body);
    }

    private static List<TextRun> Runs(Page page)
    {
        var runs = new List<TextRun>();
        TextRun? current = null;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            if (current is not null)
            {
                var gap = letter.StartBaseLine.X - current.Right;
                var sameLine = Math.Abs(letter.StartBaseLine.Y - current.Baseline) < 0.25 * Math.Max(size, current.Size)
                    && gap > -0.35 * size && gap < RunGapEms * size;
                if (sameLine)
                {
                    current.Add(letter, size, gap > WordGapEms * size);
                    continue;
                }
                Close(current, runs);
            }
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                current = null;
                continue;
            }
            current = new TextRun(letter, size);
            current.Add(letter, size, spaceBefore: false);
        }
        if (current is not null)
        {
            Close(current, runs);
        }
        return runs;
    }

    private static void Close(TextRun run, List<TextRun> runs)
    {
        run.Finish();
        if (run.LetterCount > 0 && run.Text.Trim().Length > 0)
        {
            runs.Add(run);
        }
    }

    /// <summary>HTML and Word lists draw their bullets as small filled shapes, not as text.</summary>
    private static void MarkDrawnMarkers(Page page, List<TextRun> runs)
    {
        List<UglyToad.PdfPig.Core.PdfRectangle> marks;
        try
        {
            marks = page.Paths
                .Take(MaxPathsExamined)
                .Where(p => p.IsFilled)
                .Select(p => p.GetBoundingRectangle())
                .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Where(r => r.Width is > 1 and < 8 && r.Height is > 1 and < 8 && r.Width < 2.5 * r.Height && r.Height < 2.5 * r.Width)
                .ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return; // a page whose drawing cannot be read keeps its text; only this cue is lost
        }
        if (marks.Count == 0)
        {
            return;
        }
        foreach (var run in runs)
        {
            var centre = run.Baseline + 0.3 * run.Size;
            run.DrawnMarker = marks.Any(m => m.Right < run.Left && run.Left - m.Right < 2 * run.Size
                && Math.Abs((m.Bottom + m.Top) / 2 - centre) < 0.35 * run.Size);
        }
    }

    private static double BodySize(List<TextRun> runs)
    {
        // The size most letters are set in.
        return runs.GroupBy(r => Math.Round(r.Size * 2) / 2)
            .MaxBy(g => g.Sum(r => r.LetterCount))!.Key;
    }

    /// <summary>
    /// Left edges where several lines start one under the other: the columns' edges. Right-aligned dates share left
    /// edges only by chance and never stand in consecutive lines, so they are not anchors.
    /// </summary>
    private static List<ColumnEdge> ColumnAnchors(List<TextRun> runs, double body)
    {
        var anchors = new List<ColumnEdge>();
        foreach (var group in runs.OrderBy(r => r.TextLeft).Aggregate(new List<List<TextRun>>(), (groups, run) =>
                 {
                     if (groups.Count > 0 && run.TextLeft - groups[^1][0].TextLeft <= AlignTolerance)
                     {
                         groups[^1].Add(run);
                     }
                     else
                     {
                         groups.Add([run]);
                     }
                     return groups;
                 }))
        {
            if (group.Count < 2)
            {
                continue;
            }
            var stacked = group.OrderByDescending(r => r.Baseline).ToList();
            var adjacent = 0;
            for (var i = 1; i < stacked.Count; i++)
            {
                var step = stacked[i - 1].Baseline - stacked[i].Baseline;
                if (step > 0.5 * stacked[i].Size && step < 1.8 * stacked[i].Size)
                {
                    adjacent++;
                }
            }
            // A short column (a heading and two lines) stacks once, or holds a heading over one line; dates never
            // stand in it.
            var undated = group.All(r => !DateLike(r.Text));
            var headed = group.Any(r => r.Bold || r.Size >= 1.12 * body);
            if (adjacent >= 2 || (adjacent == 1 && group.Count(r => !DateLike(r.Text)) >= 3) || (undated && headed && group.Count >= 2))
            {
                anchors.Add(new ColumnEdge(group[0].TextLeft, group.Min(r => r.Baseline), group.Max(r => r.Baseline)));
            }
        }
        return anchors;
    }

    public static bool DateLike(string text) => text.Length > 0 && (char.IsDigit(text[0]) || MonthStartRegex().IsMatch(text));

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|present|current)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthStartRegex();

    /// <summary>
    /// How far right the run's text could have gone: the next text on its baseline, else its column's right edge (the
    /// widest line of the runs starting in its column that stays clear of the next column).
    /// </summary>
    private static double RightLimit(TextRun run, List<TextRun> runs, List<double> anchors, double pageRight)
    {
        var beside = double.PositiveInfinity;
        foreach (var other in runs)
        {
            if (other != run && other.Left > run.Right && Math.Abs(other.Baseline - run.Baseline) < 0.4 * run.Size && other.Left < beside)
            {
                beside = other.Left;
            }
        }
        var nextColumn = NextAnchor(Math.Max(run.TextLeft + 3 * run.Size, run.Right - AlignTolerance), anchors) ?? double.PositiveInfinity;
        var columnLeft = PreviousAnchor(run.TextLeft, anchors) ?? double.NegativeInfinity;
        var columnRight = 0.0;
        foreach (var other in runs)
        {
            if (other.TextLeft >= columnLeft - AlignTolerance && other.TextLeft < nextColumn - AlignTolerance && other.Right < nextColumn)
            {
                columnRight = Math.Max(columnRight, other.Right);
            }
        }
        if (columnRight == 0)
        {
            columnRight = double.IsPositiveInfinity(nextColumn) ? pageRight : nextColumn;
        }
        // Text beside a cell stands a gutter away from where the cell's own lines could reach.
        return Math.Min(beside - CellGutterEms * run.Size, columnRight);
    }

    // The next column starts right of the run, and at least three ems right of its left edge (hanging list items are
    // not columns).
    private static double? NextAnchor(double after, List<double> anchors)
    {
        double? next = null;
        foreach (var anchor in anchors)
        {
            if (anchor > after && (next is null || anchor < next))
            {
                next = anchor;
            }
        }
        return next;
    }

    private static double? PreviousAnchor(double left, List<double> anchors)
    {
        double? previous = null;
        foreach (var anchor in anchors)
        {
            if (anchor <= left + AlignTolerance && (previous is null || anchor > previous))
            {
                previous = anchor;
            }
        }
        return previous;
    }

    /// <summary>The column edges with text near the run's height: a sidebar that ends halfway down bounds nothing below.</summary>
    private static List<double> EdgesAt(List<ColumnEdge> edges, TextRun run) =>
        edges.Where(e => run.Baseline >= e.Low - 3 * run.Size && run.Baseline <= e.High + 3 * run.Size).Select(e => e.X).ToList();

    private static List<LayoutLine> Assemble(Page page, int pageNumber, List<TextRun> runs, double[] limits, List<ColumnEdge> anchors, double body)
    {
        var lines = new List<LineUnderConstruction>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var limit = limits[i];
            if (RightPartOf(run, lines, runs, limit, EdgesAt(anchors, run)) is { } owner)
            {
                owner.AddRight(run);
                continue;
            }
            if (lines.Count > 0 && lines[^1].WrapsInto(run))
            {
                lines[^1].AddWrapped(run, limit);
                continue;
            }
            lines.Add(new LineUnderConstruction(run, limit, lines.Count == 0 ? null : lines[^1]));
        }
        var edges = anchors.Select(a => a.X).ToList();
        return lines.Select(line => line.ToLayoutLine(page, pageNumber, body, edges)).ToList();
    }

    /// <summary>
    /// The recent line <paramref name="run"/> sits beside on the same baseline, when the run is a right-aligned part
    /// (it reaches its column's right edge and no text continues under it) rather than the start of a column.
    /// </summary>
    private static LineUnderConstruction? RightPartOf(TextRun run, List<LineUnderConstruction> lines, List<TextRun> runs, double limit, List<double> anchors)
    {
        for (var back = lines.Count - 1; back >= 0 && back >= lines.Count - 8; back--)
        {
            var line = lines[back];
            var lineRight = line.RightOn(run.Baseline, run.Size);
            if (!line.HasBaseline(run.Baseline, run.Size) || run.Left <= lineRight)
            {
                continue;
            }
            // Text that starts a column edge between the line and it belongs to the next column; text in another
            // size (a phone number beside a name set large) is not part of the line.
            if ((!DateLike(run.Text) && anchors.Any(a => a > lineRight && a <= run.TextLeft + AlignTolerance)) || !line.SameTypeSize(run))
            {
                return null;
            }
            var continuesBelow = runs.Any(other => Math.Abs(other.TextLeft - run.TextLeft) <= AlignTolerance
                && other.Baseline < run.Baseline && run.Baseline - other.Baseline < 1.8 * run.Size);
            // Tab stops sit a little inside the column's widest text.
            var reachesEdge = run.Right >= limit - RightPartReachEms * run.Size;
            // Dates beside a line are its dates wherever the column's edge was estimated to be.
            return continuesBelow || !(reachesEdge || DateLike(run.Text)) ? null : line;
        }
        return null;
    }
}

/// <summary>A left edge where a column's lines start, and the baselines (lowest, highest) it holds text between.</summary>
internal readonly record struct ColumnEdge(double X, double Low, double High);
