using System.Text.RegularExpressions;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Sections read from the content when no heading was recognised at all (text pasted without headings, headings
/// in a shape we do not know): dated role lines open experience, degree lines open education, a line listing short
/// items opens skills, and a paragraph before the first of them is the summary. Every other line stays with the
/// block above it. This is our guess, said as one (<see cref="ResumeLayout.HeadingsInferred"/>): without it the
/// user's roles would read as missing and the score would punish our own reading failure.
/// </summary>
public static partial class UnheadedSections
{
    private const int MinimumSummaryWords = 15;
    private const int MinimumSkillItems = 4;
    private const int MaximumWordsPerSkill = 4;
    private const int MaximumDegreeLineWords = 20;

    /// <summary>The lines split into what stays above the first section (name, contact) and the inferred sections; null when the content does not clearly hold a resume's parts.</summary>
    public static (IReadOnlyList<ResumeLine> Preamble, IReadOnlyList<ParsedSection> Sections)? Infer(IReadOnlyList<ResumeLine> lines, Regex degree)
    {
        var kinds = lines.Select(line => Opens(line, degree)).ToArray();
        var roles = kinds.Count(k => k == SectionKinds.Experience);
        var degrees = kinds.Count(k => k == SectionKinds.Education);
        if (roles < 2 && (roles < 1 || degrees < 1))
        {
            return null;
        }

        var first = Array.FindIndex(kinds, k => k is not null);
        // A company-first header ("Northwind Logistics" over "Senior Accountant  2020 – Present") starts one line early;
        // never the name or the line under it (a tagline).
        if (first > 2 && kinds[first] == SectionKinds.Experience && IsEntryHeaderAbove(lines[first - 1]))
        {
            first--;
            kinds[first] = SectionKinds.Experience;
        }
        var summary = Enumerable.Range(0, first).FirstOrDefault(i => !lines[i].IsBullet && lines[i].WordCount >= MinimumSummaryWords && !lines[i].Text.Contains('@'), -1);
        var start = summary >= 0 ? summary : first;
        if (summary >= 0)
        {
            kinds[summary] = SectionKinds.Summary;
        }

        var sections = new List<ParsedSection>();
        string? kind = null;
        var current = new List<ResumeLine>();
        for (var i = start; i < lines.Count; i++)
        {
            if (kinds[i] is { } opens && opens != kind)
            {
                Close();
                kind = opens;
                current = [];
            }
            current.Add(lines[i]);
        }
        Close();
        return (lines.Take(start).ToList(), sections);

        void Close()
        {
            if (kind is not null && current.Count > 0)
            {
                sections.Add(new ParsedSection(kind, DisplayHeading(kind), current));
            }
        }
    }

    /// <summary>The word a reader would use for the section we inferred ("Experience").</summary>
    public static string DisplayHeading(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];

    private static string? Opens(ResumeLine line, Regex degree)
    {
        if (line.IsBullet)
        {
            return null;
        }
        if (line.WordCount <= MaximumDegreeLineWords && degree.IsMatch(line.Text))
        {
            return SectionKinds.Education;
        }
        if (DateRanges.FindRange(line.Text) is { End: not null })
        {
            return SectionKinds.Experience;
        }
        return IsSkillList(line.Text) ? SectionKinds.Skills : null;
    }

    private static bool IsSkillList(string text)
    {
        var items = SkillSeparatorRegex().Split(text).Select(item => item.Trim()).Where(item => item.Length > 0).ToList();
        return items.Count >= MinimumSkillItems
            && items.All(item => TextTools.CountWords(item) <= MaximumWordsPerSkill && !item.EndsWith('.'))
            && !text.Contains('@');
    }

    private static bool IsEntryHeaderAbove(ResumeLine line) =>
        !line.IsBullet && line.WordCount <= 6 && !line.Text.Contains('@') && !line.Text.Any(char.IsDigit) && TextTools.IsTitleLike(line.Text);

    [GeneratedRegex(@"\s*[,;|•·]\s*")]
    private static partial Regex SkillSeparatorRegex();
}
