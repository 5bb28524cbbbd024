using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>
/// Writes the resume straight to PDF with PdfPig's builder, placing every line at computed coordinates the way
/// LaTeX and Typst output does: standard-14 fonts, a larger bold name, bold headings over a rule, dates
/// right-aligned from the fonts' glyph widths, and (for some seeds) words placed without space characters.
/// </summary>
public static class PdfPigRenderer
{
    public static byte[] Render(GeneratedResume resume)
    {
        var style = resume.Truth.Style;
        var plan = resume.Plan;
        var canvas = new PdfCanvas(style, plan.Footer, plan.AllText());
        var size = style.Typeface == Typeface.Narrow ? style.BodySize - 0.5 : style.BodySize;
        var left = PdfCanvas.Margin;
        var width = canvas.Width - 2 * PdfCanvas.Margin;
        var centred = resume.Truth.Seed % 3 == 0 && style.Arrangement != Arrangement.Sidebar;

        var header = new PdfFlow(canvas, [(left, width)], canvas.Height - PdfCanvas.Margin);
        HeaderLine(canvas, header, plan.Header.Name, canvas.Bold, size + 13, centred);
        header.Space(4);
        if (plan.Header.Tagline is { } tagline)
        {
            HeaderLine(canvas, header, tagline, canvas.Italic, size + 1.5, centred);
        }
        foreach (var line in plan.Header.Lines)
        {
            HeaderLine(canvas, header, line, canvas.Regular, size, centred);
        }
        var top = header.Y - 8;

        switch (style.Arrangement)
        {
            case Arrangement.TwoColumns:
                var half = (width - 20) / 2;
                Sections(canvas, new PdfFlow(canvas, [(left, half), (left + half + 20, half)], top), plan.Sections, size);
                break;
            case Arrangement.Sidebar:
                var sideWidth = width / 3;
                var (sideX, mainX) = style.SideOnRight ? (left + width - sideWidth, left) : (left, left + sideWidth + 18);
                Sections(canvas, new PdfFlow(canvas, [(sideX, sideWidth)], top), plan.Sections.Where(s => s.Side), size);
                Sections(canvas, new PdfFlow(canvas, [(mainX, width - sideWidth - 18)], top), plan.Sections.Where(s => !s.Side), size);
                break;
            case Arrangement.HeadingColumn:
                var headingWidth = width * 0.24;
                var content = new PdfFlow(canvas, [(left + headingWidth, width - headingWidth)], top);
                foreach (var section in plan.Sections)
                {
                    content.Ensure(size * 3);
                    canvas.DrawText(content.PageIndex, left, content.Y - size * 1.4, section.Heading, canvas.Heading, size + 1);
                    Items(canvas, content, section.Items, size);
                    content.Space(8);
                }
                break;
            default:
                Sections(canvas, new PdfFlow(canvas, [(left, width)], top), plan.Sections, size);
                break;
        }
        return canvas.Build();
    }

    private static void HeaderLine(PdfCanvas canvas, PdfFlow flow, string text, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont font, double size, bool centred)
    {
        // A long contact line wraps, as it would in any editor, rather than running off the page.
        foreach (var line in flow.Wrap(text, font, size, flow.SlotWidth).ToList())
        {
            flow.Space(size * 1.25);
            var x = centred ? (canvas.Width - canvas.Measure(line, font, size)) / 2 : flow.X;
            canvas.DrawText(flow.PageIndex, x, flow.Y, line, font, size);
        }
    }

    private static void Sections(PdfCanvas canvas, PdfFlow flow, IEnumerable<PlanSection> sections, double size)
    {
        foreach (var section in sections)
        {
            // Keep a heading with its first lines.
            flow.Ensure(size * 4);
            flow.Space(6);
            flow.Paragraph(section.Heading, canvas.Heading, size + 1.5);
            canvas.Rule(flow.PageIndex, flow.X, flow.X + flow.SlotWidth, flow.Y - 3);
            flow.Space(5);
            Items(canvas, flow, section.Items, section.Kind == "contact" ? size * 0.85 : size);
        }
    }

    private static void Items(PdfCanvas canvas, PdfFlow flow, IReadOnlyList<PlanItem> items, double size)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case EntryLine entry:
                    var font = entry.Emphasis switch { Emphasis.Bold => canvas.Bold, Emphasis.Italic => canvas.Italic, _ => canvas.Regular };
                    if (entry.Emphasis == Emphasis.Bold)
                    {
                        flow.Space(3);
                    }
                    flow.LeftRight(entry.Left, entry.Right, font, canvas.Regular, size);
                    break;
                case BulletLine bullet:
                    flow.Bullet(bullet.Value, canvas.Regular, size);
                    break;
                default:
                    flow.Paragraph(item.Text, canvas.Regular, size);
                    break;
            }
        }
    }
}
