using System.Text.Json;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>What the analysis must find in one resume file, read from its <c>*.expected.json</c> next to the data.</summary>
public sealed record ResumeExpectation(
    string File,
    ExpectedContact Contact,
    IReadOnlyList<string> SectionKinds,
    IReadOnlyList<ExpectedExperience> Experience,
    IReadOnlyList<ExpectedEducation> Education,
    IReadOnlyList<string> Skills)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    /// <summary>Every expectation file under TestData/analysis/<paramref name="folder"/>, as xunit theory data.</summary>
    public static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData(Path.Combine("analysis", folder)), "*.expected.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    public static ResumeExpectation Load(string folder, string expectationFile) =>
        JsonSerializer.Deserialize<ResumeExpectation>(System.IO.File.ReadAllText(TestData(Path.Combine("analysis", folder, expectationFile))), Json)!;
}

public sealed record ExpectedContact(string? Name, string? Email, string? Phone, string? Location, IReadOnlyList<string>? Links);

public sealed record ExpectedExperience(string? Title, string? Organization, string? Start, string? End, int? Bullets);

public sealed record ExpectedEducation(string? Degree, string? Institution, string? Year);
