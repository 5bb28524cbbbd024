using System.Globalization;
using CareerCraft.ResumeGenerator;
using CareerCraft.ResumeGenerator.Model;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Tests.Ml.Analysis;
using Xunit.Abstractions;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// The name line as exports and careless templates write it, on the held-out half's names (nobody fitted the
/// parser to them): run into a label or a job title without a space (extraction lost it, or a site glued its own
/// label on), or followed by a title or a labelled contact on the same line. Each shape is measured alone.
/// </summary>
[Collection(MlCollection.Name)]
[Trait("Category", "Evaluation")]
public sealed class NameLineTests(MlServiceFixture ml, ITestOutputHelper output)
{
    private const int Resumes = 96;
    private const double Floor = 0.95;

    private static readonly (string Shape, Func<GeneratedResume, string> Line)[] Shapes =
    [
        ("name alone", r => r.Truth.Contact.Name),
        ("glued to a label", r => r.Truth.Contact.Name + "Profile"),
        ("glued to \"Curriculum Vitae\"", r => r.Truth.Contact.Name + "Curriculum Vitae"),
        ("glued to the job title", r => r.Truth.Contact.Name + r.Truth.Experience[0].Title),
        ("in capitals, glued to \"Resume\"", r => r.Truth.Contact.Name.ToUpperInvariant() + "Resume"),
        ("then the job title", r => r.Truth.Contact.Name + " " + r.Truth.Experience[0].Title),
        ("then a labelled email", r => r.Truth.Contact.Name + " Email: " + r.Truth.Contact.Email),
    ];

    [Fact]
    public async Task Names_are_read_from_the_line_shapes_exports_write()
    {
        var resumes = ResumeFactory.Seeds(SetHalf.HeldOut, Resumes).Select(ResumeFactory.Generate).ToList();
        var failures = new List<string>();
        output.WriteLine($"| name line ({resumes.Count} held-out resumes) | recall |");
        output.WriteLine("|---|---:|");
        foreach (var (shape, line) in Shapes)
        {
            var read = 0;
            var misses = new List<string>();
            foreach (var resume in resumes)
            {
                var nameLine = line(resume);
                var text = string.Join('\n', resume.Plan.AllText().Split('\n').Skip(1).Prepend(nameLine));
                var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
                var name = analysis.GetProperty("contact").GetProperty("name").GetString();
                if (FieldMatch.SameText(resume.Truth.Contact.Name, name))
                {
                    read++;
                }
                else
                {
                    misses.Add($"'{nameLine}' read as '{name}'");
                }
            }
            var recall = (double)read / resumes.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shape} | {100 * recall:F1}% |"));
            foreach (var miss in misses.Take(3))
            {
                output.WriteLine($"  missed: {miss}");
            }
            if (recall < Floor)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{shape}: {100 * recall:F1}% (floor {100 * Floor:F0}%), e.g. {misses[0]}"));
            }
        }
        Assert.Empty(failures);
    }
}
