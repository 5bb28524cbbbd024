using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Skills;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>
/// Everything the analysis and the cover letters read out of a resume's text. <c>HasUnheadedRoles</c>: dated roles
/// in the text although no Experience heading was recognised (see <see cref="ReadingConfidence"/>).
/// </summary>
public sealed record ParsedResume(
    string Text,
    ResumeLayout Layout,
    ContactInfo Contact,
    IReadOnlyList<ExperienceEntry> Experience,
    IReadOnlyList<EducationEntry> Education,
    IReadOnlyList<SkillMention> Skills,
    IReadOnlyList<BulletGroup> BulletGroups,
    bool HasUnheadedRoles);

/// <summary>Bullets under one place (a job, the Projects section), so feedback can say where they are.</summary>
/// <param name="Place">"Experience at Acme", "Projects".</param>
/// <param name="Bullets">The bullets, markers stripped.</param>
public sealed record BulletGroup(string Place, IReadOnlyList<string> Bullets);

/// <summary>Turns resume text into <see cref="ParsedResume"/>: layout, contact, entries, skills.</summary>
public sealed class ResumeParser(ResumeLexicon lexicon, ISkillExtractor skills)
{
    private readonly SectionHeadingDetector _headings = new(lexicon);
    private readonly ContactParser _contact = new(lexicon);
    private readonly ExperienceParser _experience = new(lexicon);
    private readonly EducationParser _education = new(lexicon);

    /// <summary>
    /// The resume's lines as a person reads them: bullet markers stripped, lines wrapped by the PDF joined back
    /// ("...using Java and Spring" + "Boot"), section headings left out. What matching compares with a job.
    /// </summary>
    public IEnumerable<string> ReadingLines(string text) =>
        ResumeLayout.Parse(text, _headings).AllLines.Select(line => line.Text);

    public ParsedResume Parse(string text) => Parse(ResumeDocument.FromText(text));

    public ParsedResume Parse(ResumeDocument document)
    {
        var text = document.Text;
        var layout = ResumeLayout.Parse(document, _headings).WithSectionsInferred(lexicon.Degree);
        var contact = _contact.Parse(layout, text);
        var experience = new List<ExperienceEntry>();
        var education = new List<EducationEntry>();
        var groups = new List<BulletGroup>();
        foreach (var section in layout.Sections)
        {
            switch (section.Kind)
            {
                case SectionKinds.Experience:
                    var entries = _experience.Parse(section);
                    experience.AddRange(entries);
                    groups.AddRange(entries.Where(e => e.Bullets.Count > 0).Select(e => new BulletGroup(Place(section, e), e.Bullets)));
                    break;
                case SectionKinds.Education:
                    education.AddRange(_education.Parse(section));
                    break;
                case SectionKinds.Projects or SectionKinds.Volunteering:
                    var bullets = section.Lines.Where(l => l.IsBullet).Select(l => l.Text).ToList();
                    if (bullets.Count > 0)
                    {
                        groups.Add(new BulletGroup(Heading(section), bullets));
                    }
                    break;
            }
        }
        return new ParsedResume(text, layout, contact, experience, education, skills.Find(ContactParser.MaskLinksAndEmails(text)), groups,
            ReadingConfidence.HasUnheadedRoles(layout, text));
    }

    private static string Heading(ParsedSection section) =>
        TextTools.IsAllCaps(section.Heading) ? TextTools.ToTitleCase(section.Heading) : section.Heading;

    private static string Place(ParsedSection section, ExperienceEntry entry)
    {
        var heading = Heading(section);
        return entry.Organization is { Length: > 0 } org ? $"{heading} at {org}"
            : entry.Title is { Length: > 0 } title ? $"{heading} as {title}"
            : heading;
    }
}
