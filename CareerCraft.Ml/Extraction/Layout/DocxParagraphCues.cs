using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerCraft.Ml.Extraction.Layout;

/// <summary>
/// What Word knows about a paragraph's role: its style, outline and list level, weight, and type size (the largest of
/// its text runs, in half-points as Word stores it; null if unknown).
/// </summary>
internal sealed record DocxCue(string? Style, int? OutlineLevel, int? ListLevel, bool Bold, bool Italic, int? HalfPoints);

/// <summary>
/// Reads <see cref="DocxCue"/>s: direct formatting first, then the paragraph style and the styles it is based on
/// (bounded), then the document defaults. Styles are looked up once each.
/// </summary>
internal sealed class DocxParagraphCues(MainDocumentPart main)
{
    private const int MaxStyleDepth = 10;

    private readonly Dictionary<string, Style?> _styles = new(StringComparer.Ordinal);
    private int? _defaultHalfPoints;
    private bool _defaultsRead;

    public DocxCue Read(Paragraph paragraph, bool listItem, int? numberingLevel)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styleId is null ? null : Style(styleId);
        var outline = properties?.OutlineLevel?.Val?.Value ?? FromStyles(style, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        // Word's "Title" and "Heading n" carry outline levels in its own styles; documents that restyle them may not.
        outline ??= HeadingLevel(style?.StyleName?.Val?.Value ?? styleId);
        var runs = paragraph.Descendants<Run>().Where(r => r.Elements<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        var styleBold = FromStyles(style, s => s.StyleRunProperties?.Bold is { } b ? b.Val?.Value ?? true : (bool?)null) ?? false;
        var styleItalic = FromStyles(style, s => s.StyleRunProperties?.Italic is { } i ? i.Val?.Value ?? true : (bool?)null) ?? false;
        var styleSize = FromStyles(style, s => ParseHalfPoints(s.StyleRunProperties?.FontSize?.Val?.Value)) ?? DefaultHalfPoints();
        var bold = runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b ? b.Val?.Value ?? true : styleBold);
        var italic = runs.Count > 0 && runs.All(r => r.RunProperties?.Italic is { } i ? i.Val?.Value ?? true : styleItalic);
        var size = runs.Select(r => ParseHalfPoints(r.RunProperties?.FontSize?.Val?.Value) ?? styleSize).Max();
        return new DocxCue(style?.StyleName?.Val?.Value ?? styleId, outline, listItem ? numberingLevel ?? 0 : null, bold, italic, size);
    }

    private static int? HeadingLevel(string? name)
    {
        if (name is null)
        {
            return null;
        }
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        return compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(compact.AsSpan(7), out var level) && level is >= 1 and <= 9
            ? level - 1
            : null;
    }

    private T? FromStyles<T>(Style? style, Func<Style, T?> read) where T : struct
    {
        for (var depth = 0; style is not null && depth < MaxStyleDepth; depth++)
        {
            if (read(style) is { } value)
            {
                return value;
            }
            style = style.BasedOn?.Val?.Value is { } parent ? Style(parent) : null;
        }
        return null;
    }

    private Style? Style(string id)
    {
        if (!_styles.TryGetValue(id, out var style))
        {
            style = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            _styles[id] = style;
        }
        return style;
    }

    private int? DefaultHalfPoints()
    {
        if (!_defaultsRead)
        {
            _defaultsRead = true;
            _defaultHalfPoints = ParseHalfPoints(main.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value);
        }
        return _defaultHalfPoints;
    }

    private static int? ParseHalfPoints(string? value) =>
        int.TryParse(value, out var halfPoints) && halfPoints is > 0 and < 3_276 ? halfPoints : null;
}
