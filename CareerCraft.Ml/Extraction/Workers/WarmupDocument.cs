using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CareerCraft.Ml.Extraction.Workers;

internal static class WarmupDocument
{
    /// <summary>A two-page, two-column document, so both the content-order and the layout path have real work.</summary>
    public static byte[] TwoColumnPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var pageNumber = 0; pageNumber < 2; pageNumber++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Jane Example", 20, new PdfPoint(40, 800), font);
            for (var line = 0; line < 12; line++)
            {
                var y = 760 - line * 16;
                page.AddText($"Experience line {line} in the left column", 10, new PdfPoint(40, y), font);
                page.AddText($"Skills line {line} on the right", 10, new PdfPoint(320, y), font);
            }
        }
        return builder.Build();
    }
}
