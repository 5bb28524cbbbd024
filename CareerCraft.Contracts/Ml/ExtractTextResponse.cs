namespace CareerCraft.Contracts.Ml;

/// <summary>
/// <c>POST /resume/extract-text</c>. <c>Layout</c>: the lines as read, with their layout (null when a page had none,
/// e.g. a scan read by OCR); send it back with the text to <c>/resume/analyze</c>.
/// </summary>
public sealed record ExtractTextResponse(
    string FileName,
    string Format,
    int PageCount,
    string Text,
    bool Ocr,
    IReadOnlyList<string> Warnings,
    DocumentLayout? Layout = null);

/// <summary>
/// One logical line of a document as a reader sees it: a paragraph line, a list item, a table cell's line, a PDF line
/// with its visual wraps joined. Positions are in points from the page's top-left corner; <c>Size</c> is the line's
/// type size relative to the page's body text (1 = body, 1.6 = a name set large). PDF lines carry geometry and
/// <c>Column</c> (0 = leftmost text column); DOCX lines carry their paragraph style, outline level, list level and
/// table cell instead. Absent facts are null.
/// </summary>
public sealed record LayoutLine(
    string Text,
    int Page,
    double Size,
    bool Bold,
    bool Italic,
    bool BlankBefore,
    bool Bullet,
    double? Left = null,
    double? Top = null,
    double? Right = null,
    int? Column = null,
    string? Style = null,
    int? OutlineLevel = null,
    int? ListLevel = null,
    int? Table = null,
    int? Row = null,
    int? Cell = null);

/// <summary>The lines a file was read into, in reading order; <c>Truncated</c> when the line cap cut them.</summary>
public sealed record DocumentLayout(IReadOnlyList<LayoutLine> Lines, bool Truncated);
