using System.Globalization;
using System.Net;
using System.Text;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>
/// Writes the resume as a web page of the kind online builders export and print to PDF: CSS grid for the sidebar,
/// CSS columns for two columns, a table for headings in a left column, flex rows for right-aligned dates, and a
/// fixed footer that a browser repeats on every printed page.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(GeneratedResume resume)
    {
        var style = resume.Truth.Style;
        var plan = resume.Plan;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(plan.Header.Name)).Append("</title><style>").Append(Css(style)).Append("</style></head><body>\n");

        html.Append("<header><h1>").Append(Encode(plan.Header.Name)).Append("</h1>");
        if (plan.Header.Tagline is { } tagline)
        {
            html.Append("<p class=\"tagline\">").Append(Encode(tagline)).Append("</p>");
        }
        foreach (var line in plan.Header.Lines)
        {
            html.Append("<p class=\"contact\">").Append(Encode(line)).Append("</p>");
        }
        html.Append("</header>\n");

        switch (style.Arrangement)
        {
            case Arrangement.Sidebar:
                html.Append("<div class=\"sidebar\"><aside>");
                AppendSections(html, plan.Sections.Where(s => s.Side));
                html.Append("</aside><div class=\"main\">");
                AppendSections(html, plan.Sections.Where(s => !s.Side));
                html.Append("</div></div>\n");
                break;
            case Arrangement.HeadingColumn:
                html.Append("<table class=\"headcol\">");
                foreach (var section in plan.Sections)
                {
                    html.Append("<tr><td class=\"h\"><h2>").Append(Encode(section.Heading)).Append("</h2></td><td>");
                    AppendItems(html, section.Items);
                    html.Append("</td></tr>\n");
                }
                html.Append("</table>\n");
                break;
            default:
                html.Append(style.Arrangement == Arrangement.TwoColumns ? "<div class=\"cols\">" : "<div>");
                AppendSections(html, plan.Sections);
                html.Append("</div>\n");
                break;
        }
        if (plan.Footer.Count > 0)
        {
            html.Append("<footer>").Append(string.Join("<br>", plan.Footer.Select(Encode))).Append("</footer>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSections(StringBuilder html, IEnumerable<PlanSection> sections)
    {
        foreach (var section in sections)
        {
            html.Append("<section class=\"").Append(section.Kind).Append("\"><h2>").Append(Encode(section.Heading)).Append("</h2>");
            AppendItems(html, section.Items);
            html.Append("</section>\n");
        }
    }

    private static void AppendItems(StringBuilder html, IReadOnlyList<PlanItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case BulletLine:
                    html.Append("<ul>");
                    for (; i < items.Count && items[i] is BulletLine bullet; i++)
                    {
                        html.Append("<li>").Append(Encode(bullet.Value)).Append("</li>");
                    }
                    i--;
                    html.Append("</ul>");
                    break;
                case EntryLine entry:
                    var tag = entry.Emphasis switch { Emphasis.Bold => "strong", Emphasis.Italic => "em", _ => "span" };
                    html.Append("<div class=\"entry\"><").Append(tag).Append('>').Append(Encode(entry.Left)).Append("</").Append(tag).Append('>');
                    if (entry.Right is { } right)
                    {
                        html.Append("<span class=\"r\">").Append(Encode(right)).Append("</span>");
                    }
                    html.Append("</div>");
                    break;
                default:
                    html.Append("<p>").Append(Encode(items[i].Text)).Append("</p>");
                    break;
            }
        }
    }

    private static string Css(ResumeStyle style)
    {
        var font = style.Typeface switch
        {
            Typeface.Serif => "\"DejaVu Serif\", Georgia, serif",
            Typeface.Narrow => "\"DejaVu Sans Condensed\", \"Arial Narrow\", sans-serif",
            _ => "\"DejaVu Sans\", Arial, sans-serif",
        };
        var size = style.BodySize.ToString(CultureInfo.InvariantCulture);
        var css = new StringBuilder();
        css.Append("@page{size:").Append(style.A4 ? "A4" : "Letter").Append(";margin:14mm 14mm 18mm 14mm}")
            .Append("body{margin:0;font-family:").Append(font).Append(";font-size:").Append(size).Append("pt;line-height:1.3;color:#222}")
            .Append("h1{font-size:2.3em;margin:0 0 2pt}.tagline{font-size:1.2em;font-style:italic;margin:0 0 3pt}")
            .Append(".contact{margin:0}header{margin-bottom:8pt}")
            .Append("h2{font-size:1.15em;margin:9pt 0 3pt;border-bottom:1px solid #8ea9c1;color:#1f3864}")
            .Append("p{margin:0 0 2pt}ul{margin:0 0 4pt;padding-left:14pt}li{margin:0 0 1pt}")
            .Append(".entry{display:flex;justify-content:space-between;gap:8pt;margin-top:3pt}.entry .r{white-space:nowrap}")
            .Append(".sidebar{display:grid;grid-template-columns:")
            .Append(style.SideOnRight ? "1fr 33%" : "33% 1fr").Append(";gap:7mm}")
            .Append(".sidebar aside{background:#eef1f5;padding:4pt 6pt").Append(style.SideOnRight ? ";order:2" : "").Append('}')
            .Append("section.contact p{font-size:.85em}.cols{column-count:2;column-gap:7mm}")
            .Append(".headcol{border-collapse:collapse;width:100%}.headcol td{vertical-align:top;padding:0 0 6pt}")
            .Append(".headcol td.h{width:24%;padding-right:6pt}.headcol h2{border:none;margin-top:3pt}")
            .Append("footer{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:0.85em;color:#444}");
        return css.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
