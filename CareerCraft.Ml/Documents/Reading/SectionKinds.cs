using System.Collections.Frozen;

namespace CareerCraft.Ml.Documents.Reading;

/// <summary>The contract's section kinds (DESIGN.md section 4).</summary>
public static class SectionKinds
{
    public const string Summary = "summary";
    public const string Experience = "experience";
    public const string Education = "education";
    public const string Skills = "skills";
    public const string Projects = "projects";
    public const string Certifications = "certifications";
    public const string Awards = "awards";
    public const string Publications = "publications";
    public const string Volunteering = "volunteering";
    public const string Languages = "languages";
    public const string Interests = "interests";
    public const string Other = "other";

    public static FrozenSet<string> All { get; } = new[]
    {
        Summary, Experience, Education, Skills, Projects, Certifications, Awards, Publications, Volunteering,
        Languages, Interests, Other,
    }.ToFrozenSet(StringComparer.Ordinal);
}
