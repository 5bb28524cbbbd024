namespace CareerCraft.Tests.Ml.Matching;

/// <summary>The profession resumes and job descriptions of TestData/matching (see SOURCE.txt there).</summary>
public static class MatchingData
{
    public static readonly string[] Professions =
        ["software-engineer", "registered-nurse", "accountant", "teacher", "product-designer", "mechanical-engineer"];

    public static IEnumerable<object[]> ProfessionCases => Professions.Select(p => new object[] { p });

    public static string Resume(string profession) => Read("resumes", profession);

    public static string Job(string profession) => Read("jobs", profession);

    private static string Read(string folder, string profession) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "matching", folder, profession + ".txt"));
}
