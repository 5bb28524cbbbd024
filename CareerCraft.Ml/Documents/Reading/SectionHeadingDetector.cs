using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>A section heading found on a line; <see cref="InlineContent"/> is the text after "Skills:" on the same line.</summary>
public sealed record HeadingMatch(string Kind, string Heading, string? InlineContent);

/// <summary>
/// Recognises section headings of any profession: in any case, with or without colons or decorations, letter-spaced
/// ("E X P E R I E N C E"), by synonym ("Work History" is experience) and by a closing keyword for title-like lines
/// we have no synonym for ("Clinical Rotations Experience").
/// </summary>
public sealed partial class SectionHeadingDetector(ResumeLexicon lexicon)
{
    private const int MaxHeadingLength = 60;
    private const int MaxKeywordHeadingWords = 5;

    public HeadingMatch? Detect(string line, string? currentKind)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (Leading(text) is { } leading)
        {
            return leading;
        }
        if (text.Length > 200)
        {
            return null;
        }
        if (LetterSpacedRegex().IsMatch(text))
        {
            text = string.Join(' ', WordGapRegex().Split(text).Select(w => w.Replace(" ", "", StringComparison.Ordinal)));
        }
        var core = DecorationRegex().Replace(text, "").Trim();
        if (core.Length == 0)
        {
            return null;
        }
        if (!char.IsUpper(core[0]))
        {
            return null;
        }
        if (Inline(core, currentKind) is { } inline)
        {
            return inline;
        }
        // A heading does not end a sentence: "technologies." is a wrapped line's tail.
        if (core.Length > MaxHeadingLength || core.EndsWith('.'))
        {
            return null;
        }
        if (lexicon.HeadingKind(core) is { } exact && !core.Contains('|'))
        {
            return new HeadingMatch(exact, core, null);
        }
        return ByKeyword(core, text);
    }

    /// <summary>
    /// A line the document sets apart as a heading (a heading style, or type larger than the body) that the words
    /// alone did not make one: a short label, not a sentence or a date. Its kind comes from its words where they say
    /// one, else it is a section of its own ("other"), so its lines stay out of the section above.
    /// </summary>
    public HeadingMatch? DetectStyled(string line, LayoutLine layout)
    {
        var text = DecorationRegex().Replace(line.Trim(), "").Trim();
        if (!(layout.OutlineLevel is not null || layout.Size >= StyledHeadingSize) || text.Length is 0 or > MaxHeadingLength
            || !char.IsLetter(text[0]) || text.Any(char.IsDigit) || text.EndsWith('.') || text.Contains('@') || TextTools.CountWords(text) > MaxKeywordHeadingWords)
        {
            return null;
        }
        return new HeadingMatch(lexicon.HeadingKind(text) ?? ByKeyword(text, text)?.Kind ?? SectionKinds.Other, text, null);
    }

    // Section headings set in type at least this much larger than the body; taglines and names are larger still but
    // stand above the first heading, where this is not asked.
    private const double StyledHeadingSize = 1.12;

    // "Key Skills: Excel, SAP" starts a section only where a label like that cannot be a sub-heading of the current
    // section ("Languages: Python, Go" inside Technical Skills stays there). "Education:" and "Objective:" are never
    // sub-labels, so they always start their section.
    private HeadingMatch? Inline(string core, string? currentKind)
    {
        var colon = core.IndexOf(':');
        if (colon <= 0 || colon > 40)
        {
            return null;
        }
        var head = core[..colon].Trim();
        var content = core[(colon + 1)..].Trim();
        if (content.Length == 0 || lexicon.HeadingKind(head) is not { } kind || kind == currentKind)
        {
            return null;
        }
        var insideList = currentKind is SectionKinds.Skills or SectionKinds.Experience or SectionKinds.Projects or SectionKinds.Volunteering;
        return insideList && kind is not (SectionKinds.Education or SectionKinds.Summary) ? null : new HeadingMatch(kind, head, content);
    }

    // A heading column (a two-column table, or headings set to the left of their text) reads as the heading and the
    // section's first text on one line: "Summary | CPA with 6 years...", "EXPERIENCE Senior Staff Accountant — ...".
    // After a cell separator any heading counts; run into the text, only one set in capitals (the rest is not).
    private HeadingMatch? Leading(string text)
    {
        var separator = LeadingSeparatorRegex().Match(text);
        if (separator.Success)
        {
            var head = DecorationRegex().Replace(separator.Groups["head"].Value, "").Trim();
            var content = separator.Groups["rest"].Value.Trim();
            // "Work Experience | Education | Skills": a menu of headings, not a heading and its text.
            var firstCell = DecorationRegex().Replace(content.Split('|', '\t')[0], "").Trim();
            var isMenu = firstCell.Length > 0 && lexicon.HeadingKind(firstCell) is not null;
            return head.Length > 0 && content.Length > 0 && !isMenu && lexicon.HeadingKind(head) is { } kind ? new HeadingMatch(kind, head, content) : null;
        }
        // "WORK EXPERIENCESunhill Beverages": a PDF that draws the heading column without a space glues the two.
        if (GluedCapitalsRegex().Match(text) is { Success: true } glued && lexicon.HeadingKind(glued.Groups["head"].Value) is { } gluedKind)
        {
            return new HeadingMatch(gluedKind, glued.Groups["head"].Value, glued.Groups["rest"].Value);
        }
        var words = text.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(3, words.Length - 1); count >= 1; count--)
        {
            var head = string.Join(' ', words.Take(count));
            var rest = string.Join(' ', words.Skip(count)).Trim();
            if (head.Length >= 4 && TextTools.IsAllCaps(head) && !TextTools.IsAllCaps(rest) && rest.Length > 0
                && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || BulletStartRegex().IsMatch(rest)) && lexicon.HeadingKind(head.TrimEnd(':')) is { } kind)
            {
                return new HeadingMatch(kind, head.TrimEnd(':'), rest);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<head>\p{Lu}[\p{Lu} &/]{2,38}\p{Lu})(?<rest>\p{Lu}\p{Ll}.*)$")]
    private static partial Regex GluedCapitalsRegex();

    [GeneratedRegex(@"^[•●▪◦■➢►\-–*]\s")]
    private static partial Regex BulletStartRegex();

    [GeneratedRegex(@"^(?<head>[^|\t]{3,40}?)\s*(?:\||\t)\s*(?<rest>.+)$")]
    private static partial Regex LeadingSeparatorRegex();

    private HeadingMatch? ByKeyword(string core, string original)
    {
        if (SentencePunctuationRegex().IsMatch(core) || core.Any(char.IsDigit))
        {
            return null;
        }
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxKeywordHeadingWords)
        {
            return null;
        }
        if (!TextTools.IsTitleLike(core) && !original.TrimEnd().EndsWith(':'))
        {
            return null;
        }
        var last = ResumeLexicon.NormalizeHeading(words[^1]);
        if (lexicon.KeywordKind(last) is null)
        {
            return null;
        }
        foreach (var word in words)
        {
            if (lexicon.KeywordKind(ResumeLexicon.NormalizeHeading(word)) is { } kind)
            {
                return new HeadingMatch(kind, core, null);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:\p{L} ){3,}\p{L}(?:\s{2,}(?:\p{L} )*\p{L})*$")]
    private static partial Regex LetterSpacedRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WordGapRegex();

    [GeneratedRegex(@"^[\s#=*_~:\-–—•|>]+|[\s#=*_~:\-–—|]+$")]
    private static partial Regex DecorationRegex();

    [GeneratedRegex(@"[.,;:!?|()@/]")]
    private static partial Regex SentencePunctuationRegex();
}
