using System.Text;
using UglyToad.PdfPig.Content;

namespace CareerCraft.Ml.Extraction.Layout;

/// <summary>
/// Letters drawn one after another on one baseline with no wider gap than word spacing: a line, or the part of a line
/// before a tab stop or column gap. Coordinates are PDF user space (origin bottom-left).
/// </summary>
internal sealed class TextRun
{
    private readonly StringBuilder _text = new();
    private int _letters;
    private int _boldLetters;
    private int _italicLetters;
    private bool _firstWordDone;
    private double _firstWordEnd;

    public TextRun(Letter first, double size)
    {
        Left = first.StartBaseLine.X;
        Right = first.EndBaseLine.X;
        Baseline = first.StartBaseLine.Y;
        Size = size;
    }

    public double Left { get; }

    public double Right { get; private set; }

    public double Baseline { get; }

    /// <summary>The largest type size in the run.</summary>
    public double Size { get; private set; }

    /// <summary>Where the text starts after a bullet glyph: continuation lines of a list item align here.</summary>
    public double TextLeft { get; private set; } = double.NaN;

    /// <summary>The width of the run's first word, to judge whether it would have fitted on the line above.</summary>
    public double FirstWordWidth { get; private set; }

    public bool StartsWithBullet { get; private set; }

    /// <summary>A small filled shape drawn left of the run: the list marker of HTML and word-processor lists.</summary>
    public bool DrawnMarker { get; set; }

    public string Text => _text.ToString();

    public bool Bold => _boldLetters * 10 >= _letters * 6;

    public bool Italic => _italicLetters * 10 >= _letters * 6;

    public int LetterCount => _letters;

    public void Add(Letter letter, double size, bool spaceBefore)
    {
        var value = letter.Value;
        var afterMarkerOnly = StartsWithBullet && _letters == 1;
        if (string.IsNullOrWhiteSpace(value) || (spaceBefore && _letters > 0))
        {
            if (_text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
            }
            _firstWordDone |= _letters > 0 && !afterMarkerOnly;
            if (string.IsNullOrWhiteSpace(value))
            {
                Right = Math.Max(Right, letter.EndBaseLine.X);
                return;
            }
        }
        if (_letters == 0)
        {
            StartsWithBullet = BulletGlyph(value);
        }
        else if (double.IsNaN(TextLeft))
        {
            TextLeft = StartsWithBullet && _letters == 1 ? letter.StartBaseLine.X : Left;
        }
        _text.Append(value);
        _letters++;
        if (IsBold(letter))
        {
            _boldLetters++;
        }
        if (IsItalic(letter))
        {
            _italicLetters++;
        }
        Size = Math.Max(Size, size);
        Right = Math.Max(Right, letter.EndBaseLine.X);
        if (!_firstWordDone)
        {
            _firstWordEnd = letter.EndBaseLine.X;
        }
    }

    /// <summary>Closes the run: a run without a bullet glyph starts its text where it starts.</summary>
    public void Finish()
    {
        if (!StartsWithBullet || _letters < 2)
        {
            TextLeft = Left;
            StartsWithBullet = false;
        }
        FirstWordWidth = Math.Max(0, _firstWordEnd - TextLeft);
    }

    // The normaliser's bullets, and the dashes and asterisks people type as markers.
    private static bool BulletGlyph(string value) =>
        value.Length == 1 && (TextNormalizer.IsBulletGlyph(value[0]) || value[0] is '–' or '-' or '*' or '·' or '○');

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontDetails?.Weight ?? 0) >= 600 || NameSays(letter.FontName, "Bold", "Black", "Heavy", "Semibold", "Demi");

    private static bool IsItalic(Letter letter) =>
        letter.FontDetails?.IsItalic == true || NameSays(letter.FontName, "Italic", "Oblique");

    private static bool NameSays(string? fontName, params ReadOnlySpan<string> words)
    {
        if (fontName is null)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (fontName.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
