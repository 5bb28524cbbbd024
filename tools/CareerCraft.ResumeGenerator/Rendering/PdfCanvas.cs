using CareerCraft.ResumeGenerator.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using AddedFont = UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>
/// Pages of a PDF drawn at coordinates, as TeX and Typst do: text widths come from the standard-14 fonts' metrics,
/// new pages appear when a column runs out, and the footer (when there is one) is drawn on every page.
/// </summary>
internal sealed class PdfCanvas
{
    private readonly PdfDocumentBuilder builder = new();
    private readonly List<PdfPageBuilder> pages = [];
    private readonly IReadOnlyList<string> footer;
    private readonly bool wordPositioned;

    public PdfCanvas(ResumeStyle style, IReadOnlyList<string> footer, string allText)
    {
        (Width, Height) = style.A4 ? (595.0, 842.0) : (612.0, 792.0);
        this.footer = footer;
        wordPositioned = style.WordPositioned;
        var serif = style.Typeface == Typeface.Serif;
        if (allText.All(StandardEncodable))
        {
            Regular = builder.AddStandard14Font(serif ? Standard14Font.TimesRoman : Standard14Font.Helvetica);
            Bold = builder.AddStandard14Font(serif ? Standard14Font.TimesBold : Standard14Font.HelveticaBold);
            Italic = builder.AddStandard14Font(serif ? Standard14Font.TimesItalic : Standard14Font.HelveticaOblique);
            // The narrow face mixes a serif for headings with a sans body, as many LaTeX templates do.
            Heading = style.Typeface == Typeface.Narrow ? builder.AddStandard14Font(Standard14Font.TimesBold) : Bold;
        }
        else
        {
            // PdfPig writes standard-14 fonts in StandardEncoding, which has no accented letters: "José" and
            // "Zürich" need an embedded TrueType font, as TeX needs its T1 fonts for them.
            var family = serif ? "DejaVuSerif" : "DejaVuSans";
            Regular = builder.AddTrueTypeFont(SystemFont(family + ".ttf"));
            Bold = builder.AddTrueTypeFont(SystemFont(family + "-Bold.ttf"));
            Italic = TrySystemFont(family + (serif ? "-Italic.ttf" : "-Oblique.ttf")) is { } italic ? builder.AddTrueTypeFont(italic) : Regular;
            Heading = Bold;
        }
        Page(0);
    }

    /// <summary>Where the DejaVu fonts are (Debian's fonts-dejavu-core, which .ci/run installs).</summary>
    public const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Dictionary<string, byte[]?> Fonts = new();

    // What StandardEncoding can show: ASCII and the typographic marks the generator uses.
    private static bool StandardEncodable(char c) => c is < (char)128 and (>= ' ' or '\n') || "•–—·’‘“”".Contains(c);

    private static byte[] SystemFont(string file) =>
        TrySystemFont(file) ?? throw new FileNotFoundException(
            $"The PDF renderer needs {file} for accented text: install Debian's fonts-dejavu-core (.ci/run does).", Path.Combine(FontFolder, file));

    private static byte[]? TrySystemFont(string file)
    {
        lock (Fonts)
        {
            if (!Fonts.TryGetValue(file, out var bytes))
            {
                var path = Path.Combine(FontFolder, file);
                Fonts[file] = bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
            }
            return bytes;
        }
    }

    public double Width { get; }

    public double Height { get; }

    public AddedFont Regular { get; }

    public AddedFont Bold { get; }

    public AddedFont Italic { get; }

    public AddedFont Heading { get; }

    public const double Margin = 46;

    /// <summary>Where text may go down to, above the footer when there is one.</summary>
    public double Bottom => footer.Count > 0 ? Margin + 22 : Margin;

    public PdfPageBuilder Page(int index)
    {
        while (pages.Count <= index)
        {
            var page = builder.AddPage(Width, Height);
            pages.Add(page);
            for (var i = 0; i < footer.Count; i++)
            {
                var size = 8.5;
                DrawText(pages.Count - 1, (Width - Measure(footer[i], Regular, size)) / 2, 30 - i * 11, footer[i], Regular, size);
            }
        }
        return pages[index];
    }

    public double Measure(string text, AddedFont font, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        var origin = new PdfPoint(0, 0);
        var letters = pages[0].MeasureText(text, size, origin, font);
        return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X) - origin.X;
    }

    public void DrawText(int page, double x, double y, string text, AddedFont font, double size)
    {
        if (!wordPositioned)
        {
            Page(page).AddText(text, size, new PdfPoint(x, y), font);
            return;
        }
        // No space characters: each word is its own positioned run, the gap between them only geometry.
        var space = Measure("a a", font, size) - Measure("aa", font, size);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Page(page).AddText(word, size, new PdfPoint(x, y), font);
            x += Measure(word, font, size) + space;
        }
    }

    public void Rule(int page, double x1, double x2, double y) =>
        Page(page).DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), 0.6);

    public byte[] Build() => builder.Build();
}

/// <summary>
/// A flow of lines down one or more column slots (x, width) per page: when the last slot of a page is full the flow
/// moves to the next page. One slot makes a plain column; two make newspaper columns.
/// </summary>
internal sealed class PdfFlow(PdfCanvas canvas, IReadOnlyList<(double X, double Width)> slots, double top)
{
    private readonly double firstPageTop = top;
    private int slot;

    public int PageIndex { get; private set; }

    public double Y { get; private set; } = top;

    public double X => slots[slot].X;

    public double SlotWidth => slots[slot].Width;

    /// <summary>Makes room for <paramref name="height"/> points, moving to the next slot or page if needed.</summary>
    public void Ensure(double height)
    {
        if (Y - height >= canvas.Bottom)
        {
            return;
        }
        slot++;
        if (slot == slots.Count)
        {
            slot = 0;
            PageIndex++;
        }
        // Later columns of the first page start under the header too.
        Y = PageIndex == 0 ? firstPageTop : canvas.Height - PdfCanvas.Margin;
        canvas.Page(PageIndex);
    }

    public void Space(double points) => Y -= points;

    /// <summary>Words wrapped to the slot, first line at <paramref name="indent"/>, following lines at <paramref name="hang"/>.</summary>
    public void Paragraph(string text, PdfDocumentBuilder.AddedFont font, double size, double indent = 0, double hang = 0, double reserve = 0)
    {
        var leading = size * 1.28;
        var first = true;
        foreach (var line in Wrap(text, font, size, SlotWidth - Math.Max(indent, hang) - reserve))
        {
            Ensure(leading);
            Y -= leading;
            canvas.DrawText(PageIndex, X + (first ? indent : hang), Y, line, font, size);
            first = false;
        }
    }

    /// <summary>A line with text on the left and, right-aligned on the same baseline, <paramref name="right"/>.</summary>
    public void LeftRight(string left, string? right, PdfDocumentBuilder.AddedFont font, PdfDocumentBuilder.AddedFont rightFont, double size)
    {
        if (right is null)
        {
            Paragraph(left, font, size);
            return;
        }
        var rightWidth = canvas.Measure(right, rightFont, size);
        var leading = size * 1.28;
        Ensure(leading);
        var (page, baseline, rightX) = (PageIndex, Y - leading, X + SlotWidth - rightWidth);
        // Left first, then the right-aligned text, in content order as TeX's \hfill and word processors write it.
        Paragraph(left, font, size, reserve: rightWidth + 10);
        canvas.DrawText(page, rightX, baseline, right, rightFont, size);
    }

    public void Bullet(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        Ensure(size * 1.28);
        canvas.DrawText(PageIndex, X + 4, Y - size * 1.28, "•", font, size);
        Paragraph(text, font, size, indent: 14, hang: 14);
    }

    /// <summary>The lines <paramref name="text"/> takes when wrapped at word boundaries to <paramref name="width"/> points.</summary>
    public IEnumerable<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && canvas.Measure(candidate, font, size) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
