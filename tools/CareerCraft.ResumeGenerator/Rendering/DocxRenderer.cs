using CareerCraft.ResumeGenerator.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emphasis = CareerCraft.ResumeGenerator.Model.Emphasis;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>
/// Writes the resume as Word does: Title and Heading1 styles, a bullet numbering definition for list items, right
/// tab stops for dates, borderless tables for the sidebar and heading-column layouts, Word's own newspaper columns,
/// and a real footer part for contact details kept there.
/// </summary>
public static class DocxRenderer
{
    private const int BulletNumberingId = 1;

    public static byte[] Render(GeneratedResume resume)
    {
        var style = resume.Truth.Style;
        var plan = resume.Plan;
        var (pageWidth, pageHeight) = style.A4 ? (11906, 16838) : (12240, 15840);
        var margin = style.Arrangement == Arrangement.SingleColumn ? 1080 : 720;
        var textWidth = pageWidth - 2 * margin;

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(style);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BulletNumbering();
            var footerId = plan.Footer.Count > 0 ? AddFooter(main, plan.Footer) : null;
            var body = new Body();
            main.Document = new Document(body);

            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), TextRun(plan.Header.Name)));
            if (plan.Header.Tagline is { } tagline)
            {
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Subtitle" }), TextRun(tagline)));
            }
            body.Append(plan.Header.Lines.Select(line => new Paragraph(TextRun(line))));

            switch (style.Arrangement)
            {
                case Arrangement.TwoColumns:
                    // The header spans the page: it ends a one-column section; the rest flows in two columns.
                    body.Append(new Paragraph(new ParagraphProperties(
                        SectionProperties(pageWidth, pageHeight, margin, footerId, columns: 1, continuous: false))));
                    foreach (var section in plan.Sections)
                    {
                        body.Append(SectionContent(section, style, (textWidth - 360) / 2));
                    }
                    body.Append(SectionProperties(pageWidth, pageHeight, margin, footerId, columns: 2, continuous: true));
                    break;
                case Arrangement.Sidebar:
                    body.Append(SidebarTable(plan, style, textWidth));
                    body.Append(SectionProperties(pageWidth, pageHeight, margin, footerId, 1, false));
                    break;
                case Arrangement.HeadingColumn:
                    body.Append(HeadingColumnTable(plan, style, textWidth));
                    body.Append(SectionProperties(pageWidth, pageHeight, margin, footerId, 1, false));
                    break;
                default:
                    foreach (var section in plan.Sections)
                    {
                        body.Append(SectionContent(section, style, textWidth));
                    }
                    body.Append(SectionProperties(pageWidth, pageHeight, margin, footerId, 1, false));
                    break;
            }
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> SectionContent(PlanSection section, ResumeStyle style, int width) =>
        Items(section.Items, width, section.Kind == "contact" ? (int)(style.BodySize * 1.7) : null).Prepend(Heading(section.Heading, style));

    private static Paragraph Heading(string text, ResumeStyle style) => style.StyledHeadings
        ? new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), TextRun(text))
        // Many people make a heading by bolding a line rather than with a style.
        : new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "200", After = "60" }),
            TextRun(text, bold: true, size: (int)(style.BodySize * 2) + 4));

    /// <param name="size">Half-points for every run, when smaller than the body (contact lines in a side column).</param>
    private static IEnumerable<Paragraph> Items(IEnumerable<PlanItem> items, int width, int? size = null)
    {
        foreach (var item in items)
        {
            yield return item switch
            {
                EntryLine { Right: { } right } entry => new Paragraph(
                    new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = width })),
                    TextRun(entry.Left, entry.Emphasis == Emphasis.Bold, entry.Emphasis == Emphasis.Italic, size),
                    new Run(new TabChar()),
                    TextRun(right, size: size)),
                EntryLine entry => new Paragraph(TextRun(entry.Left, entry.Emphasis == Emphasis.Bold, entry.Emphasis == Emphasis.Italic, size)),
                BulletLine bullet => new Paragraph(
                    new ParagraphProperties(
                        new ParagraphStyleId { Val = "ListParagraph" },
                        new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
                    TextRun(bullet.Value, size: size)),
                _ => new Paragraph(TextRun(item.Text, size: size)),
            };
        }
    }

    private static Table SidebarTable(ResumePlan plan, ResumeStyle style, int width)
    {
        var sideWidth = width / 3;
        var mainWidth = width - sideWidth;
        var side = Cell(sideWidth, plan.Sections.Where(s => s.Side).SelectMany(s => SectionContent(s, style, sideWidth - 200)), shaded: true);
        var main = Cell(mainWidth, plan.Sections.Where(s => !s.Side).SelectMany(s => SectionContent(s, style, mainWidth - 200)), shaded: false);
        return Table(style.SideOnRight ? [mainWidth, sideWidth] : [sideWidth, mainWidth],
            [new TableRow(style.SideOnRight ? [main, side] : [side, main])]);
    }

    private static Table HeadingColumnTable(ResumePlan plan, ResumeStyle style, int width)
    {
        var headingWidth = width / 4;
        var contentWidth = width - headingWidth;
        var rows = plan.Sections.Select(section => new TableRow(
            Cell(headingWidth, [Heading(section.Heading, style)], shaded: false),
            Cell(contentWidth, Items(section.Items, contentWidth - 200), shaded: false)));
        return Table([headingWidth, contentWidth], rows);
    }

    private static Table Table(int[] widths, IEnumerable<TableRow> rows)
    {
        var none = () => new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString() },
                none(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "EEF1F5" });
        }
        var cell = new TableCell(properties);
        cell.Append(content);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }
        return cell;
    }

    private static string AddFooter(MainDocumentPart main, IEnumerable<string> lines)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(lines.Select(line => new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }), TextRun(line, size: 16))));
        return main.GetIdOfPart(part);
    }

    private static SectionProperties SectionProperties(int width, int height, int margin, string? footerId, int columns, bool continuous)
    {
        var properties = new SectionProperties();
        if (footerId is not null)
        {
            properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        }
        if (continuous)
        {
            properties.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }
        properties.Append(
            new PageSize { Width = (uint)width, Height = (uint)height },
            new PageMargin { Top = margin, Bottom = margin, Left = (uint)margin, Right = (uint)margin, Header = 360, Footer = 360, Gutter = 0 },
            new Columns { ColumnCount = (short)columns, Space = "360" });
        return properties;
    }

    private static Numbering BulletNumbering() => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Run TextRun(string text, bool bold = false, bool italic = false, int? size = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        if (size is { } halfPoints)
        {
            properties.Append(new FontSize { Val = halfPoints.ToString() });
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
