
namespace CareerCraft.Ml.Extraction.Layout;

internal static class LayoutLines
{
    /// <summary>
    /// Each line's text normalised as the document's text is (bullets, ligatures, junk, spaces); empty lines dropped;
    /// at most <paramref name="maxLines"/> lines and <paramref name="maxCharacters"/> characters, as the text is cut.
    /// </summary>
    public static DocumentLayout Normalize(IReadOnlyList<LayoutLine> lines, int maxLines, int maxCharacters)
    {
        var kept = new List<LayoutLine>(Math.Min(lines.Count, maxLines));
        var characters = 0;
        var truncated = false;
        foreach (var line in lines)
        {
            var text = TextNormalizer.Normalize(line.Text).Replace('\n', ' ');
            if (text.Length == 0)
            {
                continue;
            }
            if (kept.Count == maxLines || characters + text.Length > maxCharacters)
            {
                truncated = true;
                break;
            }
            characters += text.Length + 1;
            kept.Add(line with { Text = text });
        }
        return new DocumentLayout(kept, truncated);
    }
}
