namespace CareerCraft.Ml.Documents.Reading;

public static class ReadingConfidence
{
    /// <summary>
    /// Dated roles in the text although no Experience heading was recognised: the resume holds experience we failed
    /// to find under a heading (a heading column, an unusual word), which must not cost the user points. With no
    /// heading at all the roles were inferred from the content, and that is the same failure.
    /// </summary>
    public static bool HasUnheadedRoles(ResumeLayout layout, string text) =>
        layout.HeadingsInferred
            ? layout.Sections.Any(s => s.Kind == SectionKinds.Experience)
            : !layout.Sections.Any(s => s.Kind == SectionKinds.Experience)
              && text.Split('\n').Count(line => DateRanges.FindRange(line) is { End: not null }) >= MinimumDatedRoles;

    private const int MinimumDatedRoles = 2;

    public static ParseConfidence Assess(ParsedResume resume, bool ocr)
    {
        var reasons = new List<string>();
        var weight = 0;
        void Add(string reason, int cost)
        {
            reasons.Add(reason);
            weight += cost;
        }

        if (resume.Layout.HeadingsInferred)
        {
            Add("no section headings were recognised: the sections shown were inferred from dates, degrees and lists", 3);
        }
        else if (resume.Layout.Sections.Count == 0)
        {
            Add("no section headings were recognised", 3);
        }
        else if (resume.HasUnheadedRoles)
        {
            Add("dated roles were found, but not under a heading we recognised as Experience", 2);
        }
        if (resume.Contact.Name is null)
        {
            Add("the name was not found at the top", 1);
        }
        var entries = resume.Experience.Count;
        if (entries > 0)
        {
            var undated = resume.Experience.Count(e => e.Start is null);
            var unnamed = resume.Experience.Count(e => e.Organization is null);
            if (undated > 0)
            {
                Add($"{undated} of {entries} roles have no dates we could read", undated * 2 > entries ? 2 : 1);
            }
            if (unnamed > 0)
            {
                Add($"{unnamed} of {entries} roles have no employer we could tell apart from the title", unnamed * 2 > entries ? 2 : 1);
            }
        }
        if (ocr)
        {
            Add("the text was read by OCR from an image, so names and numbers may be misread", 2);
        }
        var level = weight switch
        {
            0 => "high",
            <= 2 => "medium",
            _ => "low",
        };
        return new ParseConfidence(level, reasons);
    }
}
