using CareerCraft.Backend.Storage;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerCraft.Backend.CoverLetters;

/// <summary>Writes a cover letter as a real Word document: a heading, then the letter paragraph by paragraph.</summary>
public static class CoverLetterDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string HeadingStyle = "Heading1";

    public static byte[] Write(CoverLetter letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();

            body.Append(Paragraph($"{letter.JobTitle} at {letter.CompanyName}", HeadingStyle));
            if (letter.Content.Greeting.Length > 0)
            {
                body.Append(Paragraph(letter.Content.Greeting));
            }
            foreach (var paragraph in letter.Content.Body)
            {
                body.Append(Paragraph(paragraph));
            }
            if (letter.Content.Closing.Length > 0)
            {
                body.Append(Paragraph(letter.Content.Closing));
            }
            if (letter.Content.SignOff.Length > 0)
            {
                body.Append(Paragraph(letter.Content.SignOff));
            }
            if (letter.Content.CandidateName.Length > 0)
            {
                body.Append(Paragraph(letter.Content.CandidateName));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A download name from the company: letters, digits and dashes only.</summary>
    public static string FileName(CoverLetter letter)
    {
        var company = new string(letter.CompanyName.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        company = company.Length > 60 ? company[..60] : company;
        return company.Length == 0 ? "cover-letter.docx" : $"cover-letter-{company}.docx";
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        // Line breaks inside a paragraph become Word line breaks, not lost whitespace.
        var run = new Run();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "200", Line = "276", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = HeadingStyle });
    }
}
