using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CareerCraft.Ml.Extraction.Layout;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// Walks one Word document into lines: headers, body (paragraphs; tables row by row; text boxes once, from the
/// <c>mc:Choice</c> branch, never the VML fallback copy), footers. List paragraphs start with "• ", external hyperlinks
/// show their target, deleted and moved-away revisions are skipped.
/// </summary>
internal sealed class DocxTextWriter(MainDocumentPart main, CancellationToken cancellationToken)
{
    private const string CellSeparator = " | ";

    private readonly List<WrittenLine> _lines = [];
    private readonly DocxParagraphCues _cues = new(main);
    private int _tables;
    private (int Table, int Row, int? Cell)? _cell;
    private readonly Dictionary<string, bool> _listStyles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenHeaderFooterText = new(StringComparer.Ordinal);
    private OpenXmlPart _part = main;

    public DocxWriting Write()
    {
        foreach (var header in ReferencedParts<HeaderReference, HeaderPart>())
        {
            WriteHeaderFooter(header, header.Header);
        }

        _part = main;
        if (main.Document?.Body is { } body)
        {
            WriteBlocks(body);
        }

        foreach (var footer in ReferencedParts<FooterReference, FooterPart>())
        {
            WriteHeaderFooter(footer, footer.Footer);
        }
        return new DocxWriting(string.Join('\n', _lines.Select(l => l.Text)), DocxLayout.Lines(_lines));
    }

    /// <summary>
    /// Headers or footers the sections use, in document order and once each. A document without section properties
    /// (some generators) falls back to every header or footer part.
    /// </summary>
    private IEnumerable<TPart> ReferencedParts<TReference, TPart>()
        where TReference : HeaderFooterReferenceType
        where TPart : OpenXmlPart
    {
        var sections = main.Document?.Body?.Descendants<SectionProperties>().ToList() ?? [];
        var ids = sections.SelectMany(s => s.Elements<TReference>())
            .Select(r => r.Id?.Value)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return main.Parts.Select(p => p.OpenXmlPart).OfType<TPart>().Distinct();
        }
        return ids.Select(id => main.TryGetPartById(id, out var part) ? part as TPart : null).OfType<TPart>().Distinct();
    }

    private void WriteHeaderFooter(OpenXmlPart part, OpenXmlElement? root)
    {
        if (root is null)
        {
            return;
        }
        // Each section may repeat the same header; Word shows it once per page, the text needs it once.
        _part = part;
        var start = _lines.Count;
        WriteBlocks(root);
        var written = string.Join('\n', _lines.Skip(start).Select(l => l.Text)).Trim();
        if (written.Length == 0 || !_seenHeaderFooterText.Add(written))
        {
            _lines.RemoveRange(start, _lines.Count - start);
        }
    }

    private void WriteBlocks(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph);
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case AlternateContent alternate:
                    foreach (var choice in alternate.Elements<AlternateContentChoice>().Take(1))
                    {
                        WriteBlocks(choice);
                    }
                    break;
                case AlternateContentFallback or SectionProperties or DeletedRun or MoveFromRun:
                    break;
                default:
                    // Content controls, custom XML and similar wrappers hold ordinary blocks.
                    WriteBlocks(element);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var textBoxes = new List<TextBoxContent>();
        AppendInline(paragraph, text, textBoxes);

        var line = text.ToString();
        var listItem = IsListItem(paragraph);
        if (line.Trim().Length > 0 && listItem && !StartsWithBullet(line))
        {
            line = TextNormalizer.Bullet + " " + line.TrimStart();
        }
        var level = paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        _lines.Add(new WrittenLine(line, _cues.Read(paragraph, listItem, level), _cell));

        foreach (var textBox in textBoxes)
        {
            WriteBlocks(textBox);
        }
    }

    private void AppendInline(OpenXmlElement container, StringBuilder text, List<TextBoxContent> textBoxes)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SymbolChar symbol:
                    AppendSymbol(symbol, text);
                    break;
                case Hyperlink hyperlink:
                    AppendHyperlink(hyperlink, text, textBoxes);
                    break;
                case AlternateContent alternate:
                    foreach (var choice in alternate.Elements<AlternateContentChoice>().Take(1))
                    {
                        AppendInline(choice, text, textBoxes);
                    }
                    break;
                case TextBoxContent textBox:
                    // Text boxes are blocks of their own; they follow the paragraph that anchors them.
                    textBoxes.Add(textBox);
                    break;
                case AlternateContentFallback or DeletedRun or DeletedText or MoveFromRun or FieldCode or DeletedFieldCode
                    or ParagraphProperties or RunProperties or SoftHyphen:
                    break;
                default:
                    AppendInline(element, text, textBoxes);
                    break;
            }
        }
    }

    private static void AppendSymbol(SymbolChar symbol, StringBuilder text)
    {
        // w:sym carries a Symbol/Wingdings code such as F0B7; the normaliser maps those private-use bullets.
        if (int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0x10000)
        {
            text.Append((char)(code < 0x100 ? 0xF000 + code : code));
        }
    }

    private void AppendHyperlink(Hyperlink hyperlink, StringBuilder text, List<TextBoxContent> textBoxes)
    {
        var start = text.Length;
        AppendInline(hyperlink, text, textBoxes);
        var target = HyperlinkTarget(hyperlink);
        if (target is null)
        {
            return;
        }
        var shown = text.ToString(start, text.Length - start);
        var bare = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target["mailto:".Length..] : target;
        if (!Mentions(shown, bare))
        {
            text.Append(shown.Length > 0 ? " (" + bare + ")" : bare);
        }
    }

    private string? HyperlinkTarget(Hyperlink hyperlink)
    {
        var id = hyperlink.Id?.Value;
        if (string.IsNullOrEmpty(id))
        {
            return null; // an anchor inside the document
        }
        var relationship = _part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
        if (relationship is null || !relationship.IsExternal)
        {
            return null;
        }
        return relationship.Uri.IsAbsoluteUri ? relationship.Uri.AbsoluteUri : relationship.Uri.OriginalString;
    }

    /// <summary>Whether the link text already shows the target ("github.com/x" for https://github.com/x/).</summary>
    private static bool Mentions(string shown, string target)
    {
        var core = target;
        foreach (var prefix in (string[])["https://", "http://", "www."])
        {
            if (core.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                core = core[prefix.Length..];
            }
        }
        core = Uri.UnescapeDataString(core.TrimEnd('/'));
        return core.Length == 0 || shown.Contains(core, StringComparison.OrdinalIgnoreCase);
    }

    private void WriteTable(Table table)
    {
        var outer = _cell;
        var index = _tables++;
        var rowIndex = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<List<WrittenLine>>();
            var cellIndex = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                _cell = (index, rowIndex, cellIndex++);
                var start = _lines.Count;
                WriteBlocks(cell);
                var cellLines = _lines.Skip(start).Where(l => l.Text.Trim().Length > 0).ToList();
                _lines.RemoveRange(start, _lines.Count - start);
                if (cellLines.Count > 0)
                {
                    cells.Add(cellLines);
                }
            }
            _cell = outer;
            // A data row (one line per cell) reads as one line; layout tables (a column per cell) keep their lines.
            if (cells.All(c => c.Count == 1))
            {
                if (cells.Count > 0)
                {
                    var first = cells[0][0];
                    _lines.Add(new WrittenLine(string.Join(CellSeparator, cells.Select(c => c[0].Text.Trim())), first.Cue, (index, rowIndex, null)));
                }
            }
            else
            {
                foreach (var cell in cells)
                {
                    _lines.Add(WrittenLine.Empty);
                    _lines.AddRange(cell);
                }
            }
            rowIndex++;
        }
        _lines.Add(WrittenLine.Empty);
    }

    private static bool StartsWithBullet(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && (trimmed[0] is '•' or '-' or '*' or '–' || trimmed[0] is >= '\uE000' and <= '\uF8FF'
            || TextNormalizer.MapBullets(trimmed[..1]) == TextNormalizer.Bullet);
    }

    private bool IsListItem(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.NumberingProperties is { } numbering)
        {
            // numId 0 is how a paragraph switches off the numbering its style would give it.
            return numbering.NumberingId?.Val?.Value is not 0;
        }
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && IsListStyle(styleId, depth: 0);
    }

    private bool IsListStyle(string styleId, int depth)
    {
        if (_listStyles.TryGetValue(styleId, out var known))
        {
            return known;
        }
        var style = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        var result = false;
        if (style?.StyleParagraphProperties?.NumberingProperties is { } numbering)
        {
            result = numbering.NumberingId?.Val?.Value is not (null or 0);
        }
        else if (style?.BasedOn?.Val?.Value is { } parent && depth < 10)
        {
            result = IsListStyle(parent, depth + 1);
        }
        _listStyles[styleId] = result;
        return result;
    }
}
