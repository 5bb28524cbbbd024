using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>Turns a composed resume into the lines it shows, following its header and entry styles.</summary>
public static class PlanBuilder
{
    private static readonly string[] Separators = ["  •  ", " | ", " · ", "   "];

    // Kinds a sidebar layout puts in its narrow column.
    private static readonly HashSet<string> SideKinds = ["contact", "skills", "education", "certifications", "languages"];

    public static ResumePlan Build(ComposedResume composed)
    {
        var truth = composed.Truth;
        var style = truth.Style;
        // The plan's own choices (separators, orders) come from the seed too, apart from the composer's stream.
        var random = new Random(ResumeComposer.Scramble(truth.Seed, stream: 1));
        var contact = truth.Contact;
        var contactParts = new List<string> { contact.Location, contact.Email, contact.Phone };
        if (random.Next(2) == 0)
        {
            contactParts = [contact.Email, contact.Phone, contact.Location];
        }
        if (composed.Link is { } link)
        {
            contactParts.Add(link);
        }
        var contactLine = string.Join(Separators[random.Next(Separators.Length)], contactParts);

        var name = style.Header == HeaderStyle.AllCapsName ? contact.Name.ToUpperInvariant() : contact.Name;
        string? tagline = style.Header switch
        {
            HeaderStyle.Tagline => composed.Tagline,
            HeaderStyle.ContactFooter or HeaderStyle.ContactSide when random.Next(2) == 0 => composed.Tagline,
            _ => null,
        };
        IReadOnlyList<string> headerLines = style.Header switch
        {
            HeaderStyle.EmailOnlyLine when random.Next(2) == 0 => [contact.Email, contact.Phone, contact.Location],
            HeaderStyle.EmailOnlyLine => [contact.Email, $"{contact.Phone}{Separators[random.Next(3)]}{contact.Location}"],
            HeaderStyle.ContactFooter or HeaderStyle.ContactSide => [],
            _ => [contactLine],
        };
        IReadOnlyList<string> footer = style.Header == HeaderStyle.ContactFooter ? [contactLine] : [];

        var sections = new List<PlanSection>();
        if (style.Header == HeaderStyle.ContactSide)
        {
            var labelled = random.Next(2) == 0;
            IEnumerable<string> lines = labelled
                ? [contact.Email, $"Phone: {contact.Phone}", $"Location: {contact.Location}"]
                : [contact.Email, contact.Phone, contact.Location];
            sections.Add(Section("contact", composed, lines.Select(l => (PlanItem)new TextLine(l)).ToList()));
        }
        foreach (var kind in truth.SectionKinds)
        {
            sections.Add(Section(kind, composed, kind switch
            {
                "summary" => [new TextLine(composed.Summary!)],
                "experience" => Experience(composed),
                "education" => Education(composed),
                "skills" => Skills(truth.Skills, style.Skills),
                "certifications" => composed.Certifications.Select(c => (PlanItem)new BulletLine(c)).ToList(),
                _ => [new TextLine(string.Join(", ", composed.Languages))],
            }));
        }
        return new ResumePlan(new PlanHeader(name, tagline, headerLines), sections, footer);
    }

    private static PlanSection Section(string kind, ComposedResume composed, List<PlanItem> items) =>
        new(kind, composed.Headings[kind], composed.Truth.Style.Arrangement == Arrangement.Sidebar && SideKinds.Contains(kind), items);

    private static List<PlanItem> Experience(ComposedResume composed)
    {
        var items = new List<PlanItem>();
        var roles = composed.Truth.Experience;
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            var dates = composed.RoleDates[i];
            switch (composed.Truth.Style.Entry)
            {
                case EntryStyle.TitleThenCompany:
                    items.Add(new EntryLine(role.Title, dates, Emphasis.Bold));
                    items.Add(new EntryLine($"{role.Employer}, {role.City}", null, Emphasis.Italic));
                    break;
                case EntryStyle.CompanyThenTitle:
                    items.Add(new EntryLine(role.Employer, dates, Emphasis.Bold));
                    items.Add(new EntryLine(role.Title, role.City, Emphasis.Italic));
                    break;
                case EntryStyle.TitleCommaCompany:
                    items.Add(new EntryLine($"{role.Title}, {role.Employer}", dates, Emphasis.Bold));
                    break;
                case EntryStyle.TitleDashCompany:
                    items.Add(new EntryLine($"{role.Title} — {role.Employer}", dates, Emphasis.Bold));
                    break;
                case EntryStyle.CompanyPipeCity:
                    items.Add(new EntryLine($"{role.Employer} | {role.City}", dates, Emphasis.Bold));
                    items.Add(new EntryLine(role.Title, null, Emphasis.Italic));
                    break;
                default:
                    // One banner per run of roles at the same employer, then each role's title and dates.
                    if (i == 0 || roles[i - 1].Employer != role.Employer)
                    {
                        items.Add(new EntryLine(role.Employer, role.City, Emphasis.Bold));
                    }
                    items.Add(new EntryLine(role.Title, dates, Emphasis.Italic));
                    break;
            }
            items.AddRange(role.Bullets.Select(b => new BulletLine(b)));
        }
        return items;
    }

    private static List<PlanItem> Education(ComposedResume composed)
    {
        var items = new List<PlanItem>();
        var schools = composed.Truth.Education;
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            var year = composed.SchoolDates[i];
            var institution = school.Institution;
            switch (composed.Truth.Style.Entry)
            {
                case EntryStyle.TitleThenCompany:
                    items.Add(new EntryLine(school.Degree, year, Emphasis.Bold));
                    items.Add(new EntryLine(institution, null, Emphasis.Italic));
                    break;
                case EntryStyle.TitleCommaCompany:
                    items.Add(new TextLine($"{school.Degree}, {school.Institution}, {year}"));
                    break;
                case EntryStyle.TitleDashCompany:
                    items.Add(new EntryLine($"{school.Degree} — {school.Institution}", year, Emphasis.Bold));
                    break;
                default:
                    items.Add(new EntryLine(institution, year, Emphasis.Bold));
                    items.Add(new EntryLine(school.Degree, null, Emphasis.Italic));
                    break;
            }
        }
        return items;
    }

    private static List<PlanItem> Skills(IReadOnlyList<string> skills, SkillsStyle style) => style switch
    {
        SkillsStyle.Commas => [new TextLine(string.Join(", ", skills))],
        SkillsStyle.Pipes => [new TextLine(string.Join(" | ", skills))],
        SkillsStyle.Bullets => skills.Select(s => (PlanItem)new BulletLine(s)).ToList(),
        _ => skills.Select(s => (PlanItem)new TextLine(s)).ToList(),
    };
}
