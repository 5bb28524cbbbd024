using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Splits an experience section into entries. An entry is anchored on the line carrying its dates; the title and
/// organisation come from that line and the short header lines next to it, told apart by title words ("Nurse",
/// "Engineer", "Teacher") and organisation words ("Hospital", "Inc.", "School"), or by "X at Y" / "Y as X".
/// </summary>
public sealed partial class ExperienceParser(ResumeLexicon lexicon)
{
    private const int MaxHeaderWords = 14;

    public IReadOnlyList<ExperienceEntry> Parse(ParsedSection section)
    {
        var lines = section.Lines;
        var anchors = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBullet && lines[i].WordCount <= MaxHeaderWords + 6 && DateRanges.FindRange(lines[i].Text) is not null)
            {
                anchors.Add(i);
            }
        }
        if (anchors.Count == 0)
        {
            return WithoutDates(lines);
        }

        // Each entry's header is its date line plus short, title-like lines either just above it ("Acme Corp" over
        // "Engineer  2019 - Present") or just below it, never both: the section's first entry shows which layout
        // the resume uses, and reading every entry the same way keeps one entry's lines out of its neighbour's.
        var headerAbove = anchors[0] > 0 && IsHeaderLine(lines[anchors[0] - 1]);
        var starts = new int[anchors.Count];
        for (var a = 0; a < anchors.Count; a++)
        {
            var start = anchors[a];
            var floor = a > 0 ? anchors[a - 1] + 1 : 0;
            while (headerAbove && start - 1 >= floor && start > anchors[a] - 2 && IsHeaderLine(lines[start - 1]))
            {
                start--;
            }
            starts[a] = start;
        }

        var entries = new List<ExperienceEntry>();
        string? banner = null;
        for (var a = 0; a < anchors.Count; a++)
        {
            var end = a + 1 < anchors.Count ? starts[a + 1] : lines.Count;
            var header = new List<string>();
            for (var i = starts[a]; i <= anchors[a]; i++)
            {
                header.Add(lines[i].Text);
            }
            var bodyStart = anchors[a] + 1;
            while (!headerAbove && bodyStart < end && header.Count < 4 && IsHeaderLine(lines[bodyStart]) && !StartsWithVerb(lines[bodyStart].Text))
            {
                header.Add(lines[bodyStart].Text);
                bodyStart++;
            }
            var range = DateRanges.FindRange(lines[anchors[a]].Text)!;
            var (title, organization) = TitleAndOrganization(header, lines[anchors[a]].Text, range);
            // An employer named on a line of its own, over roles that name only their title (a promotion under one
            // banner), employs every role under it until another employer is named.
            if (organization is null && title is not null)
            {
                organization = banner;
            }
            else if (organization is not null)
            {
                banner = lines[anchors[a]].Text.Contains(organization, StringComparison.Ordinal) ? null : organization;
            }
            entries.Add(new ExperienceEntry(title, organization, range.Start, range.End, Bullets(lines, bodyStart, end)));
        }
        return entries;
    }

    private List<ExperienceEntry> WithoutDates(IReadOnlyList<ResumeLine> lines)
    {
        if (lines.Count == 0)
        {
            return [];
        }
        var bodyStart = 0;
        var header = new List<string>();
        while (bodyStart < lines.Count && header.Count < 2 && IsHeaderLine(lines[bodyStart]) && !StartsWithVerb(lines[bodyStart].Text))
        {
            header.Add(lines[bodyStart].Text);
            bodyStart++;
        }
        var bullets = Bullets(lines, bodyStart, lines.Count);
        if (header.Count == 0 && bullets.Count == 0)
        {
            return [];
        }
        var (title, organization) = TitleAndOrganization(header, "", null);
        return [new ExperienceEntry(title, organization, null, null, bullets)];
    }

    private bool IsHeaderLine(ResumeLine line) =>
        !line.IsBullet && line.WordCount <= MaxHeaderWords && !line.Text.TrimEnd().EndsWith('.');

    private bool StartsWithVerb(string text) => lexicon.IsActionVerb(TextTools.FirstWord(text)) && !TextTools.IsTitleLike(text);

    private static List<string> Bullets(IReadOnlyList<ResumeLine> lines, int start, int end)
    {
        var body = new List<ResumeLine>();
        for (var i = start; i < end; i++)
        {
            body.Add(lines[i]);
        }
        // Entries written as bullets keep only their bullets; entries written as prose give one item per sentence.
        if (body.Any(l => l.IsBullet))
        {
            return body.Where(l => l.IsBullet).Select(l => l.Text).ToList();
        }
        return body.SelectMany(l => SentenceSplitRegex().Split(l.Text)).Select(s => s.Trim()).Where(s => TextTools.CountWords(s) >= 3).ToList();
    }

    private (string? Title, string? Organization) TitleAndOrganization(List<string> header, string anchorLine, DateRange? range)
    {
        var fields = new List<string>();
        foreach (var line in header)
        {
            var text = line;
            if (line == anchorLine && range is not null)
            {
                text = line.Remove(range.Index, range.Length);
            }
            text = DateNoiseRegex().Replace(text, " ");
            foreach (var raw in FieldSplitRegex().Split(text))
            {
                var field = raw.Trim(' ', ',', '(', ')', '|', '-', '–', '—', ':', '•');
                if (field.Length == 0)
                {
                    continue;
                }
                if (fields.Count > 0 && lexicon.OrganizationWords.Contains(field) && field.Split(' ').Length == 1 && IsCorporateSuffix(field))
                {
                    fields[^1] = $"{fields[^1]}, {field}";
                    continue;
                }
                fields.Add(field);
            }
        }

        // "Software Engineer at Google", "Krisol Infosoft as Junior Web Developer".
        foreach (var field in fields)
        {
            if (AtRegex().Match(field) is { Success: true } at)
            {
                return (at.Groups["left"].Value.Trim(), at.Groups["right"].Value.Trim());
            }
            if (AsRegex().Match(field) is { Success: true } asMatch)
            {
                return (asMatch.Groups["right"].Value.Trim(), asMatch.Groups["left"].Value.Trim());
            }
        }

        // "Charge Nurse    Reykjavík", "Halvard Robotics Utrecht": a place set after the title or the employer is not part of it.
        var candidates = fields.Where(f => !IsLocation(f)).Select(lexicon.Places.WithoutTrailingPlace).Where(f => f.Length > 0).ToList();
        var title = candidates.FirstOrDefault(f => HasWord(f, lexicon.TitleWords) && !HasOrganizationEnding(f));
        var organization = candidates.FirstOrDefault(f => f != title && HasOrganizationEnding(f))
            ?? candidates.FirstOrDefault(f => f != title && !HasWord(f, lexicon.TitleWords))
            ?? candidates.FirstOrDefault(f => f != title);
        title ??= candidates.FirstOrDefault(f => f != organization);
        return (title, organization);
    }

    private static bool IsCorporateSuffix(string field) =>
        CorporateSuffixRegex().IsMatch(field);

    // "Mercy General Hospital", "Acme Robotics Inc.", "State University of New York": an organisation word last, or an
    // institution word anywhere. "Software Development Engineer III" has "Software" but ends as a title.
    private bool HasOrganizationEnding(string field)
    {
        var words = WordRegex().Matches(field);
        return words.Count > 0
            && (lexicon.OrganizationWords.Contains(words[^1].Value) || words.Any(w => lexicon.InstitutionWords.Contains(w.Value)))
            && !lexicon.TitleWords.Contains(words[^1].Value);
    }

    private bool IsLocation(string field)
    {
        if (lexicon.LocationWords.Contains(field) || StateRegex().IsMatch(field) || lexicon.Places.IsPlace(field))
        {
            return true;
        }
        // "Austin, TX" survives as one field only when the comma was kept; "Anywhere, USA" likewise.
        var parts = field.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && (StateRegex().IsMatch(parts[1]) || lexicon.LocationWords.Contains(parts[1]));
    }

    private static bool HasWord(string field, IReadOnlySet<string> words) =>
        WordRegex().Matches(field).Any(w => words.Contains(w.Value));

    [GeneratedRegex(@"\s*(?:\||•|·|◆|♦|\t|\s@\s|\s—\s|\s–\s|\s-\s|—|–|,\s|\s{3,})\s*")]
    private static partial Regex FieldSplitRegex();

    [GeneratedRegex(@"^(?<left>.+?)\s+(?:at|@)\s+(?<right>\p{Lu}.+)$")]
    private static partial Regex AtRegex();

    [GeneratedRegex(@"^(?<left>.+?)\s+as\s+(?:an?\s+)?(?<right>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AsRegex();

    [GeneratedRegex(@"^(?:inc|llc|ltd|corp|co|plc|gmbh|ag|sa|bv|pvt|pty|llp|lp|limited|corporation)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CorporateSuffixRegex();

    [GeneratedRegex(@"^(?:[A-Z]{2}|(?i:remote|hybrid|on-?site))$")]
    private static partial Regex StateRegex();

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\(\s*\)|\b(?:dates?|duration|period)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateNoiseRegex();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceSplitRegex();
}
