using System.Globalization;
using CareerCraft.ResumeGenerator.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>The styles part of a generated DOCX: the built-in names Word itself uses, so readers can rely on them.</summary>
internal static class DocxStyles
{
    public static Styles Create(ResumeStyle style)
    {
        var font = style.Typeface switch
        {
            Typeface.Serif => "Georgia",
            Typeface.Narrow => "Arial Narrow",
            _ => "Calibri",
        };
        var body = (int)Math.Round(style.BodySize * 2);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font },
                    new FontSize { Val = Half(body) })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "40", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = Half(body + 26) }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" })),
            Paragraph("Subtitle", "Subtitle", new StyleRunProperties(new Italic(), new FontSize { Val = Half(body + 4) }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" })),
            Paragraph("Heading1", "heading 1", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = Half(body + 4) }),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "8EA9C1" }),
                    new SpacingBetweenLines { Before = "200", After = "60" },
                    new OutlineLevel { Val = 0 })),
            Paragraph("ListParagraph", "List Paragraph", null, new StyleParagraphProperties(new Indentation { Left = "360" })));
    }

    private static string Half(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);

    private static Style Paragraph(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        }
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}
