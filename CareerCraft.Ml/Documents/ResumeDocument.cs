using System.Text;

namespace CareerCraft.Ml.Documents;

/// <summary>A line of a resume as the parser reads it, with its layout when the resume came from a file.</summary>
public readonly record struct SourceLine(string Text, LayoutLine? Layout);

/// <summary>
/// The one way every feature reads a resume: its lines in reading order, with layout where extraction kept it
/// (uploaded files) and only the cues text gives where it did not (pasted or stored text).
/// </summary>
public sealed class ResumeDocument
{
    private ResumeDocument(string text, IReadOnlyList<SourceLine> lines)
    {
        Text = text;
        Lines = lines;
    }

    /// <summary>The text the lines make: what skills, keywords and embeddings read.</summary>
    public string Text { get; }

    /// <summary>Every line, blank lines included (they end blocks).</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public static ResumeDocument FromText(string text) =>
        new(text, text.Split('\n').Select(line => new SourceLine(line, null)).ToList());

    /// <summary>
    /// The document an extraction's layout describes; its text puts a blank line where the layout saw a gap and
    /// "• " before list items whose marker was drawn rather than written.
    /// </summary>
    public static ResumeDocument FromLayout(IReadOnlyList<LayoutLine> layout)
    {
        var lines = new List<SourceLine>(layout.Count + layout.Count / 4);
        var text = new StringBuilder();
        foreach (var line in layout)
        {
            if (line.Text.Length == 0)
            {
                continue;
            }
            if (lines.Count > 0 && line.BlankBefore)
            {
                lines.Add(new SourceLine(string.Empty, null));
                text.Append('\n');
            }
            var shown = line.Bullet && !StartsWithMarker(line.Text) ? "• " + line.Text : line.Text;
            lines.Add(new SourceLine(shown, line));
            text.Append(shown).Append('\n');
        }
        return new ResumeDocument(text.ToString().TrimEnd('\n'), lines);
    }

    private static bool StartsWithMarker(string text) => text[0] is '•' or '-' or '*' or '–' or '▪' or '◦' or '○' or '■';
}
