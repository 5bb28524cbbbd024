using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Section structure, 20 points: experience 7 (4 when only projects or volunteering stand in for it), education 5,
/// skills 5, summary 3. These are the sections every ATS looks for by heading.
/// </summary>
public static class SectionScore
{
    public const int Max = 20;

    public static PartResult Evaluate(ParsedResume resume)
    {
        var kinds = resume.Layout.Sections.Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        var points = 0;
        var missing = new List<string>();
        var findings = new List<Finding>();

        if (kinds.Contains(SectionKinds.Experience))
        {
            points += 7;
        }
        else if (kinds.Contains(SectionKinds.Projects) || kinds.Contains(SectionKinds.Volunteering))
        {
            points += 4;
            missing.Add("experience (projects or volunteering stand in for it)");
            findings.Add(new(Severities.Warning, "No Experience section; your Projects/Volunteering carry it for now. Internships, placements and part-time jobs belong under an 'Experience' heading."));
        }
        else if (resume.HasUnheadedRoles)
        {
            // The roles are there and we failed to find their heading: our reading failure costs the user nothing
            // here; parseability says what an ATS may trip over.
            points += 7;
        }
        else
        {
            missing.Add("experience");
            findings.Add(new(Severities.Critical, "No Experience section found. Put your jobs under a heading such as 'Experience' or 'Work History' so an ATS can read them."));
        }

        if (kinds.Contains(SectionKinds.Education))
        {
            points += 5;
        }
        else
        {
            missing.Add("education");
            findings.Add(new(Severities.Warning, "No Education section found; add one with your degree, school and year, even if brief."));
        }

        if (kinds.Contains(SectionKinds.Skills))
        {
            points += 5;
        }
        else
        {
            missing.Add("skills");
            var found = resume.Skills.Count;
            findings.Add(new(Severities.Warning, found > 0
                ? $"No Skills section: the {found} skills we found are scattered through the text. List them under a 'Skills' heading, where an ATS looks first."
                : "No Skills section found; add one listing the tools, methods and certifications you use."));
        }

        if (kinds.Contains(SectionKinds.Summary))
        {
            points += 3;
        }
        else
        {
            missing.Add("summary");
            findings.Add(new(Severities.Suggestion, "No Summary section; two or three lines on who you are and what you are aiming for help a recruiter place you."));
        }

        var reason = missing.Count == 0
            ? "Experience, education, skills and summary sections were all found."
            : $"Missing: {TextTools.JoinNatural(missing)}.";
        return new PartResult("sections", points, Max, reason, findings);
    }
}
