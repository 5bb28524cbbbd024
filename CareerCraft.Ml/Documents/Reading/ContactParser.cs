using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Reads name, email, phone, location and profile links from the resume's first lines (the preamble), falling back
/// to the whole text for email, labelled phone numbers and links, which some templates put in a side column or footer.
/// </summary>
public sealed partial class ContactParser(ResumeLexicon lexicon)
{
    private const int HeaderLines = 8;

    public ContactInfo Parse(ResumeLayout layout, string fullText)
    {
        var header = layout.Preamble.Take(HeaderLines).Select(l => l.Text).ToList();
        if (header.Count == 0)
        {
            // Templates that open with a "Contact" section keep the same facts in its first lines.
            header = layout.Sections.FirstOrDefault()?.Lines.Take(HeaderLines).Select(l => l.Text).ToList() ?? [];
        }
        var headerText = string.Join('\n', header);

        var email = EmailRegex().Match(headerText) is { Success: true } e ? e.Value
            : fullText.Contains('@') && EmailRegex().Match(fullText) is { Success: true } e2 ? e2.Value
            : null;
        var phone = FindPhone(headerText) ?? FindLabelledPhone(fullText) ?? FindDistinctPhone(fullText);
        var links = FindLinks(fullText);
        var name = FindName(header, fullText);
        var location = FindLocation(header, name) ?? FindLocationOnContactLine(fullText, name);
        return new ContactInfo(name, email, phone, location, links);
    }

    /// <summary>
    /// The text with links and email addresses blanked out (same length), so that skills are not read out of
    /// "behance.net/..." or "name@company.design".
    /// </summary>
    public static string MaskLinksAndEmails(string text)
    {
        if (!MayHoldLinks(text))
        {
            return text;
        }
        return UrlRegex().Replace(EmailRegex().Replace(text, m => new string(' ', m.Length)), m => new string(' ', m.Length));
    }

    // Links and emails need one of these; checking for them first spares most texts the large link pattern.
    private static bool MayHoldLinks(string text) =>
        text.Contains('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".com/", StringComparison.OrdinalIgnoreCase) || text.Contains(".net/", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".org/", StringComparison.OrdinalIgnoreCase);

    private string? FindName(List<string> header, string fullText)
    {
        foreach (var line in header.Take(4))
        {
            var first = true;
            foreach (var segment in Segments(line))
            {
                var unglued = segment[..NameEnd(segment)];
                var candidate = CredentialRegex().Replace(ResumeWordRegex().Replace(unglued, ""), "").Trim(' ', ',', '-', '–', '|');
                var name = IsName(candidate) ? candidate : first ? NamePrefix(candidate, fullText) : null;
                if (name is not null)
                {
                    return TextTools.IsAllCaps(name) ? TextTools.ToTitleCase(name) : name;
                }
                first = false;
            }
        }
        return null;
    }

    /// <summary>
    /// Where text run into a name without a space begins, or the segment's length. Extraction loses the space
    /// between runs and exports glue their own labels on: "JANE DOEProfile", "Jane DoeSenior Accountant",
    /// "Jane McAllisterResume", "Jane DoeICU Nurse". Inside a name a capital follows only a short prefix
    /// ("McDonald", "DeShawn", "MacArthur"), so a capitalised piece of three letters or more, then a capital, is glue,
    /// and so are capitals then a capitalised word, or a title word or "Resume" after any piece ("Mei LiSenior Nurse").
    /// </summary>
    private int NameEnd(string segment)
    {
        foreach (Match word in LettersRegex().Matches(segment))
        {
            var letters = word.Value;
            var pieceStart = 0;
            for (var i = 1; i < letters.Length - 1; i++)
            {
                if (!char.IsUpper(letters[i]) || char.IsUpper(letters[i - 1]) && !char.IsLower(letters[i + 1]))
                {
                    continue;
                }
                var piece = letters[pieceStart..i];
                var glued = GluedWord(letters, i);
                var capitals = piece.Length >= 2 && piece.All(char.IsUpper);
                var capitalised = piece.Length >= 3 && char.IsUpper(piece[0]) && piece.Skip(1).All(char.IsLower) && !InnerCapitalPrefixes.Contains(piece);
                if (capitals || capitalised || lexicon.TitleWords.Contains(glued) || ResumeWordRegex().IsMatch(glued))
                {
                    return word.Index + i;
                }
                pieceStart = i;
            }
        }
        return segment.Length;
    }

    /// <summary>The capitalised word starting at <paramref name="start"/>: its capital and the small letters after it.</summary>
    private static string GluedWord(string letters, int start)
    {
        var end = start + 1;
        while (end < letters.Length && char.IsLower(letters[end]))
        {
            end++;
        }
        return letters[start..end];
    }

    // Prefixes of three letters or more after which family names go on with a capital: "MacArthur", "FitzGerald", "VanDyke".
    private static readonly HashSet<string> InnerCapitalPrefixes = new(StringComparer.Ordinal) { "Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Dos", "Das" };

    /// <summary>
    /// The name words before a job title or a label on the same line: "Jane Doe Product Manager", "Jane Doe Email: ...".
    /// Where the name ends and a title of several words begins is ambiguous ("Ana María Ruiz Warehouse Operations
    /// Manager"), but a resume names its title again (the latest role) and not the name: the shortest name whose
    /// remainder stands elsewhere in the text wins, and otherwise the words before the first title word.
    /// </summary>
    private string? NamePrefix(string line, string fullText)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = 0;
        while (count < words.Length && count < 4 && !words[count].Contains(':') && !lexicon.TitleWords.Contains(words[count]))
        {
            count++;
        }
        if (count is < 2 || count == words.Length)
        {
            return null;
        }
        if (!words[count].Contains(':'))
        {
            for (var k = 2; k <= count; k++)
            {
                var prefix = string.Join(' ', words.Take(k));
                if (StandsAgain(string.Join(' ', words.Skip(k)), fullText) && IsName(prefix))
                {
                    return prefix;
                }
            }
        }
        if (count >= 3 && lexicon.TitleWords.Contains(words[count]))
        {
            // The word before a title word usually belongs to it: "Product Manager", "Software Engineer".
            count--;
        }
        var name = string.Join(' ', words.Take(count));
        return IsName(name) ? name : null;
    }

    private static bool StandsAgain(string phrase, string text)
    {
        var first = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return first >= 0 && text.IndexOf(phrase, first + 1, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private bool IsName(string candidate)
    {
        if (candidate.Length is < 3 or > 50 || !NameRegex().IsMatch(candidate))
        {
            return false;
        }
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !char.IsUpper(words[0][0]) || !char.IsUpper(words[^1][0])
            || words.Any(w => !char.IsUpper(w[0]) && !NameParticles.Contains(w)))
        {
            return false;
        }
        // A section heading in two capitalised words ("About Me", "Work History") is not a name either.
        if (lexicon.HeadingKind(candidate) is not null)
        {
            return false;
        }
        // A job title line ("Registered Nurse") or a place ("San Francisco, CA") is not a name.
        return !words.Any(w => lexicon.TitleWords.Contains(w.TrimEnd('.')) || lexicon.LocationWords.Contains(w) || lexicon.OrganizationWords.Contains(w));
    }

    // Lower-case words inside many family names: "Lotte van Dijk", "Ana de la Cruz", "Omar bin Said".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ten", "ter", "bin", "binti", "ibn", "al", "el", "y", "e",
    };

    private string? FindLocation(List<string> header, string? name)
    {
        foreach (var line in header)
        {
            if (LocationLabelRegex().Match(line) is { Success: true } labelled)
            {
                return Clean(labelled.Groups["value"].Value);
            }
        }
        return header.SelectMany(line => LocationCandidates(line, name)).FirstOrDefault(LooksLikeLocation);
    }

    /// <summary>A line's segments with phone, email and links taken out, leaving what could be a place.</summary>
    private static IEnumerable<string> LocationCandidates(string line, string? name) =>
        Segments(line)
            .Select(segment => Clean(UrlRegex().Replace(EmailRegex().Replace(PhoneRegex().Replace(segment, ""), ""), "")))
            .Where(s => s.Length >= 2 && s != name && !s.Contains(':'));

    /// <summary>
    /// A place on a line that also holds an email or a phone number, anywhere in the text: templates put the contact
    /// line in a footer or a side column, where the header does not reach.
    /// </summary>
    private string? FindLocationOnContactLine(string fullText, string? name)
    {
        return fullText.Split('\n')
            .Where(line => line.Contains('@') || DistinctPhoneRegex().IsMatch(line))
            .SelectMany(line => LocationCandidates(line, name))
            .FirstOrDefault(LooksLikeLocation);
    }

    private bool LooksLikeLocation(string s)
    {
        if (lexicon.LocationWords.Contains(s) || lexicon.Places.IsPlace(s))
        {
            return true;
        }
        var parts = s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4 || TextTools.CountWords(s) > 9)
        {
            return false;
        }
        // "Austin, TX 78701", "Pune, Maharashtra, India", "123 Main St, Anywhere, USA".
        return parts.All(p => p.Length > 0 && (char.IsUpper(p[0]) || char.IsDigit(p[0])) && !p.Contains('@'))
            && parts.Skip(1).All(p => TextTools.CountWords(p) <= 4)
            && parts.Any(p => StateOrZipRegex().IsMatch(p) || lexicon.LocationWords.Contains(p) || TextTools.IsTitleLike(p))
            && !parts.Any(p => p.Split(' ').Any(w => lexicon.TitleWords.Contains(w)));
    }

    private static string? FindPhone(string text)
    {
        foreach (Match m in PhoneRegex().Matches(text))
        {
            var digits = m.Value.Count(char.IsDigit);
            if (digits is >= 7 and <= 15 && !YearRangeRegex().IsMatch(m.Value))
            {
                return m.Value.Trim();
            }
        }
        return null;
    }

    /// <summary>
    /// A number outside the header only when it cannot be anything but a phone (an international "+44 ..." or a
    /// North American "(682) 555-0179" / "360-555-0014"): footers and side columns carry contact lines unlabelled.
    /// </summary>
    private static string? FindDistinctPhone(string text) =>
        DistinctPhoneRegex().Match(text) is { Success: true } m && m.Value.Count(char.IsDigit) is >= 8 and <= 15 ? m.Value.Trim() : null;

    private static string? FindLabelledPhone(string text) =>
        PhoneLabelRegex().Match(text) is { Success: true } m ? FindPhone(m.Groups["value"].Value) : null;

    private static IReadOnlyList<string> FindLinks(string text)
    {
        var links = new List<string>();
        if (!MayHoldLinks(text))
        {
            return links;
        }
        foreach (Match m in UrlRegex().Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '@')
            {
                continue;
            }
            var url = m.Value.TrimEnd('.', ',', ';', ')', '|');
            if (!links.Contains(url, StringComparer.OrdinalIgnoreCase))
            {
                links.Add(url);
            }
        }
        return links;
    }

    private static IEnumerable<string> Segments(string line) =>
        SegmentSplitRegex().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Clean(string s) => s.Trim(' ', ',', '|', '-', '–', '—', '·', '•', ';', ':');

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailRegex();

    // After a country code the first group may be one digit: "+46 8 555 886 74", "+353 1 555 0395".
    [GeneratedRegex(@"(?<![\w/])(?:\+\s?\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,5}|(?:\(\d{1,4}\)[\s.\-]?)?\d{2,5})(?:[\s.\-]?\d{2,5}){1,4}(?![\w/])")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?<![\w/+])(?:\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,5}(?:[\s.\-]\d{2,5}){1,4}|\(\d{3}\)\s?\d{3}[\s.\-]\d{4}|\d{3}[.\-]\d{3}[.\-]\d{4})(?![\w/])")]
    private static partial Regex DistinctPhoneRegex();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$")]
    private static partial Regex YearRangeRegex();

    [GeneratedRegex(@"(?:phone|mobile|mob|cell|tel|telephone|contact(?:\s+no)?)\.?\s*[:\-]?\s*(?<value>\+?[\d\s().\-]{7,22})", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabelRegex();

    [GeneratedRegex(@"\b(?:https?://[^\s|,;<>""]+|(?:www\.)[^\s|,;<>""]+|(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com|kaggle\.com|leetcode\.com|codeforces\.com|codechef\.com|x\.com|twitter\.com|scholar\.google\.com|orcid\.org)/[^\s|,;<>""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"^\s*(?:current\s+)?(?:location|address|city|based\s+in|residence)\s*[:\-]\s*(?<value>[^|•·]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLabelRegex();

    [GeneratedRegex(@"\b(?:[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?|\d{5,6})\b")]
    private static partial Regex StateOrZipRegex();

    [GeneratedRegex(@"\s*(?:\||•|·|◆|♦|⋅|\t|\s—\s|\s–\s|\s-\s|\s{3,})\s*")]
    private static partial Regex SegmentSplitRegex();

    [GeneratedRegex(@"(?i:\b(?:curriculum\s+vitae|resume|résumé|cv)\b)")]
    private static partial Regex ResumeWordRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LettersRegex();

    // "Maria Gonzalez, RN", "David Okafor, CPA, MBA".
    [GeneratedRegex(@"(?:,\s*(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}))+\s*$")]
    private static partial Regex CredentialRegex();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ten|ter|bin|binti|ibn|al|el|y|e)){1,4}$")]
    private static partial Regex NameRegex();
}
