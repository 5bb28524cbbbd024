using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Reads education entries: a degree ("Bachelor of Science in Nursing", "B.Tech", "MBA", "Diploma in ...") with the
/// institution and year found on its line or the lines next to it; an institution without a degree still counts.
/// </summary>
public sealed partial class EducationParser(ResumeLexicon lexicon)
{
    private const int Window = 2;

    public IReadOnlyList<EducationEntry> Parse(ParsedSection section)
    {
        var lines = JoinWrappedNames(section.Lines.Select(l => l.Text).ToList());
        var used = new bool[lines.Count];
        var entries = new List<EducationEntry>();
        var degreeLines = new List<(int Line, string Degree)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (CourseworkRegex().IsMatch(lines[i]))
            {
                used[i] = true;
                continue;
            }
            if (lexicon.Degree.Match(lines[i]) is { Success: true } degree && !IsStateCode(lines[i], degree))
            {
                degreeLines.Add((i, CleanDegree(degree.Value)));
            }
        }

        foreach (var (line, degree) in degreeLines)
        {
            used[line] = true;
            var institution = Institution(lines[line]) ?? Nearby(lines, used, line, degreeLines, Institution, claim: true)
                ?? SchoolWithYear(lines, used, line, degreeLines)
                ?? FieldAfterDegree(lines[line]);
            var year = DateRanges.LastYear(lines[line]) ?? Nearby(lines, used, line, degreeLines, DateRanges.LastYear, claim: false);
            entries.Add(new EducationEntry(degree, institution, year));
        }

        // Schools listed without a degree ("Lincoln High School, 2012").
        for (var i = 0; i < lines.Count; i++)
        {
            if (!used[i] && section.Lines[i].WordCount <= 16 && Institution(lines[i]) is { } institution)
            {
                used[i] = true;
                var year = DateRanges.LastYear(lines[i]) ?? (i + 1 < lines.Count && !used[i + 1] ? DateRanges.LastYear(lines[i + 1]) : null);
                if (!entries.Any(e => e.Institution == institution && e.Year == year))
                {
                    entries.Add(new EducationEntry(null, institution, year));
                }
            }
        }
        return entries;
    }

    // "Cambridge, MA, USA": MA, MS and ME are also US states.
    /// <summary>
    /// "Arizona State" over "University  2013 – 2017": a school's name wrapped by a narrow column. A short title-like
    /// line with no degree, year or institution word is joined to the next line when that one starts with an
    /// institution word.
    /// </summary>
    private List<string> JoinWrappedNames(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && StartsWithInstitutionWord(line) && IsNameFragment(joined[^1]))
            {
                joined[^1] = joined[^1] + " " + line;
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    private bool StartsWithInstitutionWord(string line) =>
        WordRegex().Match(line) is { Success: true } first && lexicon.InstitutionWords.Contains(first.Value);

    private bool IsNameFragment(string line) =>
        TextTools.CountWords(line) is >= 1 and <= 4 && TextTools.IsTitleLike(line) && !line.Any(char.IsDigit)
        && !lexicon.Degree.IsMatch(line) && !WordRegex().Matches(line).Any(w => lexicon.InstitutionWords.Contains(w.Value));

    private static bool IsStateCode(string line, Match degree) =>
        degree.Length == 2 && degree.Index >= 2 && line[degree.Index - 2] == ','
        && (degree.Index + 2 == line.Length || line[degree.Index + 2] is ',' or ' ' && !line[(degree.Index + 2)..].TrimStart().StartsWith("in ", StringComparison.OrdinalIgnoreCase));

    private static string? Nearby(List<string> lines, bool[] used, int line, List<(int Line, string Degree)> degreeLines,
        Func<string, string?> find, bool claim)
    {
        for (var distance = 1; distance <= Window; distance++)
        {
            foreach (var i in new[] { line + distance, line - distance })
            {
                if (i < 0 || i >= lines.Count || (claim && used[i]) || degreeLines.Any(d => d.Line == i))
                {
                    continue;
                }
                if (find(lines[i]) is { } value)
                {
                    if (claim)
                    {
                        used[i] = true;
                    }
                    return value;
                }
            }
        }
        return null;
    }

    private string? Institution(string line)
    {
        foreach (var raw in FieldSplitRegex().Split(line))
        {
            var field = Clean(DegreeFreeText(raw));
            var words = WordRegex().Matches(field);
            if (words.Count is > 0 and <= 10 && words.Any(w => lexicon.InstitutionWords.Contains(w.Value)))
            {
                return Clean(YearNoiseRegex().Replace(field, ""));
            }
        }
        return null;
    }

    // "UC Berkeley | 2019" right above or below the degree: a short line holding a name and a year.
    private static string? SchoolWithYear(List<string> lines, bool[] used, int line, List<(int Line, string Degree)> degreeLines)
    {
        foreach (var i in new[] { line - 1, line + 1 })
        {
            if (i < 0 || i >= lines.Count || used[i] || degreeLines.Any(d => d.Line == i) || DateRanges.LastYear(lines[i]) is null)
            {
                continue;
            }
            var name = Clean(YearNoiseRegex().Replace(lines[i], "").Trim(' ', '|', ',', '-', '–'));
            if (name.Length > 1 && char.IsUpper(name[0]) && TextTools.CountWords(name) <= 6 && !name.Any(char.IsDigit))
            {
                used[i] = true;
                return name;
            }
        }
        return null;
    }

    // "PhD in Computer Science, CalTech, Pasadena, USA": the first plain field after the degree names the school
    // when no field carries an institution word.
    private string? FieldAfterDegree(string line)
    {
        // "ETH Zürich 2016": the year beside the school is not part of its name.
        var fields = FieldSplitRegex().Split(line).Select(f => Clean(YearNoiseRegex().Replace(f, ""))).ToList();
        var degreeField = fields.FindIndex(f => lexicon.Degree.IsMatch(f));
        if (degreeField < 0)
        {
            return null;
        }
        return fields.Skip(degreeField + 1).FirstOrDefault(f =>
            f.Length > 1 && !f.Any(char.IsDigit) && char.IsUpper(f[0]) && !lexicon.LocationWords.Contains(f) && !lexicon.Degree.IsMatch(f));
    }

    private static string Clean(string field)
    {
        var cleaned = field.Trim(' ', ',', '-', '–', '|', ':');
        return DanglingParenthesisRegex().Replace(cleaned, "").Trim();
    }

    private string DegreeFreeText(string field) => lexicon.Degree.Replace(field, "");

    // "Master of Accountancy — Belmont University": the degree ends where a field separator starts the school.
    private static string CleanDegree(string degree) =>
        TrailingNoiseRegex().Replace(DegreeEndRegex().Split(degree.Trim(), 2)[0], "").Trim(' ', ',', '-', '–', '(', '|');

    [GeneratedRegex(@"\s+[—–|]\s+|\s+-\s+|\t|\s{3,}|\s+at\s+(?=\p{Lu})")]
    private static partial Regex DegreeEndRegex();

    [GeneratedRegex(@"\s*(?:\||•|·|\t|\s—\s|\s–\s|\s-\s|,\s|\s{3,}|\bfrom\b)\s*")]
    private static partial Regex FieldSplitRegex();

    [GeneratedRegex(@"\(\s*\)|\s*\(\s*$|^\s*\)")]
    private static partial Regex DanglingParenthesisRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"^\s*(?:relevant\s+)?(?:coursework|courses|modules|thesis|dissertation|gpa|cgpa|grade|honou?rs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourseworkRegex();

    [GeneratedRegex(@"\s*(?:\(?\b(?:19|20)\d{2}\b.*|\b(?:expected|graduated|gpa|cgpa)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoiseRegex();

    [GeneratedRegex(@"\(?\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*|(?:in|class\s+of)\s+)?(?:19|20)\d{2}\b\)?(?:\s*[-–]\s*(?:\w+\.?\s*)?(?:(?:19|20)\d{2}|present))?", RegexOptions.IgnoreCase)]
    private static partial Regex YearNoiseRegex();
}
