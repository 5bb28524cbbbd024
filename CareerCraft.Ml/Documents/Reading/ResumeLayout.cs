using System.Text.RegularExpressions;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>A section of the resume as found: its kind, its heading as written, and its lines.</summary>
public sealed record ParsedSection(string Kind, string Heading, IReadOnlyList<ResumeLine> Lines)
{
    public string Text => string.Join('\n', Lines.Select(l => l.IsBullet ? "• " + l.Text : l.Text));
}

/// <summary>
/// The resume's lines split into the preamble (name and contact lines before the first heading) and sections.
/// Bullet markers are stripped and wrapped lines joined back, so later steps see one bullet per line.
/// </summary>
public sealed partial class ResumeLayout
{
    private ResumeLayout(IReadOnlyList<ResumeLine> preamble, IReadOnlyList<ParsedSection> sections, bool headingsInferred = false)
    {
        Preamble = preamble;
        Sections = sections;
        HeadingsInferred = headingsInferred;
    }

    /// <summary>No heading was recognised: <see cref="Sections"/> were read from the content (<see cref="UnheadedSections"/>).</summary>
    public bool HeadingsInferred { get; }

    public IReadOnlyList<ResumeLine> Preamble { get; }

    public IReadOnlyList<ParsedSection> Sections { get; }

    public IEnumerable<ResumeLine> AllLines => Preamble.Concat(Sections.SelectMany(s => s.Lines));

    /// <summary>This layout, or, when it found no heading at all, the sections its content shows.</summary>
    public ResumeLayout WithSectionsInferred(Regex degree) =>
        Sections.Count == 0 && UnheadedSections.Infer(Preamble, degree) is var (preamble, sections)
            ? new ResumeLayout(preamble, sections, headingsInferred: true)
            : this;

    public static ResumeLayout Parse(string text, SectionHeadingDetector headings) =>
        Parse(ResumeDocument.FromText(text), headings);

    public static ResumeLayout Parse(ResumeDocument document, SectionHeadingDetector headings)
    {
        var preamble = new List<ResumeLine>();
        var sections = new List<ParsedSection>();
        var current = preamble;
        string? currentKind = null;
        string? currentHeading = null;
        var blank = false;
        var pendingBullet = false;

        void Close()
        {
            if (currentKind is not null)
            {
                sections.Add(new ParsedSection(currentKind, currentHeading!, current));
            }
        }

        var rawLines = document.Lines.Select(l => l.Text).ToArray();
        for (var i = 0; i < rawLines.Length; i++)
        {
            var line = rawLines[i].Trim();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }
            if (LoneMarkerRegex().IsMatch(line))
            {
                pendingBullet = true;
                continue;
            }
            var bullet = BulletRegex().Match(line);
            // A lone "•" above "Acme as Engineer" + a date line marks an entry, not a bullet (Naukri exports).
            var isBullet = bullet.Success || (pendingBullet && !(NextNonEmpty(rawLines, i) is { } following && DateRanges.FindRange(following) is not null));
            var content = bullet.Success ? line[bullet.Length..].Trim() : line;
            pendingBullet = false;
            if (content.Length == 0)
            {
                continue;
            }

            var styled = currentKind is not null && document.Lines[i].Layout is { } cue ? cue : null;
            if (!isBullet && (headings.Detect(content, currentKind) ?? (styled is null ? null : headings.DetectStyled(content, styled))) is { } heading)
            {
                Close();
                current = [];
                currentKind = heading.Kind;
                currentHeading = heading.Heading;
                if (heading.InlineContent is { } inline)
                {
                    // "SKILLS • Excel": the heading column's first item keeps its bullet.
                    var inlineBullet = BulletRegex().Match(inline);
                    current.Add(inlineBullet.Success && inlineBullet.Length < inline.Length
                        ? new ResumeLine(inline[inlineBullet.Length..].Trim(), true, false)
                        : new ResumeLine(inline, false, false));
                }
                blank = false;
                continue;
            }

            if (!isBullet && current.Count > 0 && IsContinuation(current[^1], content, blank, NextNonEmpty(rawLines, i)))
            {
                var previous = current[^1];
                var joined = previous.Text.EndsWith('-') && char.IsLower(content[0])
                    ? previous.Text[..^1] + content
                    : previous.Text + " " + content;
                current[^1] = previous with { Text = joined };
                blank = false;
                continue;
            }

            current.Add(new ResumeLine(content, isBullet, blank));
            blank = false;
        }
        Close();
        return new ResumeLayout(preamble, sections);
    }

    // Wrapped text: a line that starts in lower case after an unfinished line, or a short tail ("Boot") under an
    // unfinished bullet. A line with dates is never a tail: it opens the next entry.
    private static bool IsContinuation(ResumeLine previous, string line, bool blankBefore, string? next)
    {
        var last = previous.Text[^1];
        // "June 2022 –" / "Present": a date range broken over two lines.
        if (last is '-' or '–' or '—' && DateRanges.Find(previous.Text).Count > 0 && DateStartRegex().IsMatch(line))
        {
            return true;
        }
        // An email, a link or a phone number opens a contact line even in lower case: "jane@example.com" under the name.
        if (".!?:;".Contains(last) || DateRanges.FindRange(line) is not null || ContactStartRegex().IsMatch(line))
        {
            return false;
        }
        if (char.IsLower(line[0]) && !blankBefore)
        {
            return true;
        }
        // "Universidad de" / "Guadalajara": a name does not end on a particle. (English joiners end headers such as
        // "Bachelor of Science in" over their own field line often enough that joining those cost more than it gained.)
        if (!blankBefore && NameParticleEndRegex().IsMatch(previous.Text) && TextTools.CountWords(previous.Text) >= 2
            && char.IsUpper(line[0]) && !line.Any(char.IsDigit) && TextTools.CountWords(line) <= 4)
        {
            return true;
        }
        if (!previous.IsBullet || blankBefore)
        {
            return false;
        }
        // "Acme Corp" right above "Engineer, 2019 - Present" is the next entry's header, not a tail.
        var headsNextEntry = next is not null && DateRanges.FindRange(next) is not null && TextTools.IsTitleLike(line);
        return TextTools.CountWords(line) <= 3 && !line.Contains('|') && !headsNextEntry
            || last is ',' or '-' or '&' or '/' or '('
            || TrailingJoinerRegex().IsMatch(previous.Text);
    }

    private static string? NextNonEmpty(string[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim() is { Length: > 0 } next)
            {
                return next;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:[•●▪▫◦○■□➢➤►▶❖✓✔→·*\-–—>»]|o(?=\s)|\(?\d{1,2}[.)](?=\s))\s*")]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"^[•●▪▫◦○■□➢➤►▶❖✓✔→·*\-–—>»]$")]
    private static partial Regex LoneMarkerRegex();

    [GeneratedRegex(@"^(?:present|current|now|till date|to date|today|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4}|\d{1,2}/\d{4}|(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateStartRegex();

    [GeneratedRegex(@"^(?:\S+@\S+\.\S+|(?:https?://|www\.)\S+|[a-z0-9\-]+\.(?:com|net|org|io|dev|me)(?:/\S*)?)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ContactStartRegex();

    [GeneratedRegex(@"\b(?:de|del|des|di|du|da|la|le)$")]
    private static partial Regex NameParticleEndRegex();

    [GeneratedRegex(@"\b(?:and|or|of|to|in|for|with|the|a|an|by|on|at|from)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJoinerRegex();
}
