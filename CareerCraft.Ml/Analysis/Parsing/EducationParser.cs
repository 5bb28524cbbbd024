using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Analysis.Parsing;

/// <summary>One degree, diploma or school of the contract; any part may be missing from the resume.</summary>
public sealed record EducationEntry(string? Degree, string? Institution, string? Year);

/// <summary>
/// Reads education entries: a degree ("Bachelor of Science in Nursing", "B.Tech", "MBA", "Diploma in ...") with the
/// institution and year found on its line or the lines next to it; an institution without a degree still counts.
/// </summary>
public sealed partial class EducationParser(AnalysisLexicon lexicon)
{
    private const int Window = 2;

    public IReadOnlyList<EducationEntry> Parse(ParsedSection section)
    {
        var lines = section.Lines.Select(l => l.Text).ToList();
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
            if (lexicon.Degree.Match(lines[i]) is { Success: true } degree)
            {
                degreeLines.Add((i, CleanDegree(degree.Value)));
            }
        }

        foreach (var (line, degree) in degreeLines)
        {
            used[line] = true;
            var institution = Institution(lines[line]) ?? Nearby(lines, used, line, degreeLines, Institution, claim: true);
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
                entries.Add(new EducationEntry(null, institution, year));
            }
        }
        return entries;
    }

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
            var field = DegreeFreeText(raw).Trim(' ', ',', '-', '–', '|', '(', ')', ':');
            var words = WordRegex().Matches(field);
            if (words.Count is > 0 and <= 10 && words.Any(w => lexicon.InstitutionWords.Contains(w.Value)))
            {
                return YearNoiseRegex().Replace(field, "").Trim(' ', ',', '-', '–', '(', ')');
            }
        }
        return null;
    }

    private string DegreeFreeText(string field) => lexicon.Degree.Replace(field, "");

    private static string CleanDegree(string degree) =>
        TrailingNoiseRegex().Replace(degree.Trim(), "").Trim(' ', ',', '-', '–', '(', '|');

    [GeneratedRegex(@"\s*(?:\||•|·|\t|\s—\s|\s–\s|\s-\s|,\s|\s{3,}|\bfrom\b|\bat\b)\s*")]
    private static partial Regex FieldSplitRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"^\s*(?:relevant\s+)?(?:coursework|courses|modules|thesis|dissertation|gpa|cgpa|grade|honou?rs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourseworkRegex();

    [GeneratedRegex(@"\s*(?:\(?\b(?:19|20)\d{2}\b.*|\b(?:expected|graduated|gpa|cgpa)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoiseRegex();

    [GeneratedRegex(@"\(?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)?[a-z]*\.?\s*(?:19|20)\d{2}\b\)?(?:\s*[-–]\s*(?:\w+\.?\s*)?(?:(?:19|20)\d{2}|present))?", RegexOptions.IgnoreCase)]
    private static partial Regex YearNoiseRegex();
}
