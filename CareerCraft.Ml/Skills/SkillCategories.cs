namespace CareerCraft.Ml.Skills;

/// <summary>
/// The fixed, lowercase categories of the skills taxonomy. The data file repeats them with the same descriptions;
/// loading fails when the two disagree, so a category cannot appear in the data without being documented here.
/// </summary>
public static class SkillCategories
{
    public const string Software = "software";
    public const string Cloud = "cloud";
    public const string Data = "data";
    public const string Security = "security";
    public const string Design = "design";
    public const string Healthcare = "healthcare";
    public const string Finance = "finance";
    public const string Marketing = "marketing";
    public const string Sales = "sales";
    public const string Engineering = "engineering";
    public const string Education = "education";
    public const string Operations = "operations";
    public const string Legal = "legal";
    public const string HumanResources = "hr";
    public const string Hospitality = "hospitality";
    public const string Business = "business";
    public const string Languages = "languages";
    public const string Certifications = "certifications";
    public const string SoftSkills = "soft-skills";

    /// <summary>Every category with what belongs in it.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Software] = "Programming languages, frameworks, libraries, databases and developer tools",
        [Cloud] = "Cloud platforms and services, DevOps, infrastructure, networking and operating systems",
        [Data] = "Data engineering, analytics, business intelligence, statistics, machine learning and AI",
        [Security] = "Information security, cybersecurity practices and tools",
        [Design] = "Visual, product, UX/UI, graphic, motion and interior design, and their tools",
        [Healthcare] = "Clinical, nursing, allied health, pharmacy and health-information skills and systems",
        [Finance] = "Accounting, audit, tax, financial analysis, banking, insurance and their systems",
        [Marketing] = "Marketing, advertising, content, communications, PR and their tools",
        [Sales] = "Selling, account management, business development and customer success",
        [Engineering] = "Mechanical, civil, electrical, chemical, manufacturing and other engineering disciplines and tools",
        [Education] = "Teaching, curriculum, assessment, special education and learning technology",
        [Operations] = "Operations, supply chain, logistics, manufacturing operations, quality and project management",
        [Legal] = "Law, compliance, contracts, litigation and legal research",
        [HumanResources] = "Recruiting, people operations, compensation, benefits and employee relations",
        [Hospitality] = "Hotels, food and beverage, culinary, travel, events and retail service",
        [Business] = "General business, administration, office software, customer service and strategy",
        [Languages] = "Spoken and signed human languages",
        [Certifications] = "Professional certifications and licences",
        [SoftSkills] = "Interpersonal, leadership and personal-effectiveness skills",
    };
}
