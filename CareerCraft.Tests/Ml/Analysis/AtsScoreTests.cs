using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>The ATS score: a sum of named parts, deterministic, within 0-100, moving the right way when the resume changes.</summary>
[Collection(MlCollection.Name)]
public sealed class AtsScoreTests(MlServiceFixture ml)
{
    private static readonly string[] ResumeParts = ["contact", "sections", "skills", "impact", "readability", "parseability"];

    private static Direction LoadDirection() =>
        JsonSerializer.Deserialize<Direction>(File.ReadAllText(ResumeExpectation.TestData("analysis/direction.json")), ResumeExpectation.Json)!;

    private static string Resume(string name) => File.ReadAllText(ResumeExpectation.TestData($"analysis/resumes/{name}"));

    private static string Job(string name) => File.ReadAllText(ResumeExpectation.TestData($"analysis/jobs/{name}"));

    [Theory]
    [InlineData("nurse.txt")]
    [InlineData("sales.txt")]
    [InlineData("operations_supervisor.txt")]
    public async Task Score_is_the_sum_of_its_parts_within_0_to_100_and_each_part_explains_itself(string file)
    {
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = Resume(file) });
        var score = analysis.GetProperty("atsScore").GetInt32();
        Assert.InRange(score, 0, 100);
        var breakdown = analysis.GetProperty("breakdown");
        Assert.False(breakdown.TryGetProperty("keywords", out _));
        double sum = 0, max = 0;
        foreach (var name in ResumeParts)
        {
            var part = breakdown.GetProperty(name);
            var points = part.GetProperty("points").GetDouble();
            Assert.InRange(points, 0, part.GetProperty("max").GetDouble());
            Assert.False(string.IsNullOrWhiteSpace(part.GetProperty("reason").GetString()));
            sum += points;
            max += part.GetProperty("max").GetDouble();
        }
        Assert.Equal(100, max, 3);
        Assert.Equal(score, (int)Math.Round(sum, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task Same_resume_gives_the_same_answer_every_time()
    {
        var body = new { text = Resume("accountant.txt"), jobDescription = Job("senior_accountant.txt") };
        var first = (await AnalysisClient.AnalyzeAsync(ml.Client, body)).GetRawText();
        var second = (await AnalysisClient.AnalyzeAsync(ml.Client, body)).GetRawText();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Adding_a_measurable_result_raises_impact_and_the_score()
    {
        var direction = LoadDirection();
        var text = File.ReadAllText(ResumeExpectation.TestData(direction.File));
        Assert.Contains(direction.AddMeasurableResult.From, text);
        var before = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
        var after = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = text.Replace(direction.AddMeasurableResult.From, direction.AddMeasurableResult.To) });

        Assert.True(Points(after, "impact") > Points(before, "impact"), $"impact {Points(before, "impact")} -> {Points(after, "impact")}");
        Assert.True(after.GetProperty("atsScore").GetInt32() > before.GetProperty("atsScore").GetInt32());
    }

    [Fact]
    public async Task Removing_the_contact_line_lowers_the_score_and_says_what_is_missing()
    {
        var direction = LoadDirection();
        var text = File.ReadAllText(ResumeExpectation.TestData(direction.File));
        Assert.Contains(direction.ContactLine, text);
        var before = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
        var after = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = text.Replace(direction.ContactLine + "\n", "") });

        Assert.True(Points(after, "contact") < Points(before, "contact"));
        Assert.True(after.GetProperty("atsScore").GetInt32() < before.GetProperty("atsScore").GetInt32());
        var critical = after.GetProperty("feedback").EnumerateArray().First();
        Assert.Equal("critical", critical.GetProperty("severity").GetString());
        Assert.Contains("email", critical.GetProperty("message").GetString());
        Assert.Null(after.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_job_description_adds_keyword_coverage_and_the_parts_are_rescaled_to_100()
    {
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = Resume("nurse.txt"), jobDescription = Job("icu_charge_nurse.txt") });
        var breakdown = analysis.GetProperty("breakdown");
        var keywords = breakdown.GetProperty("keywords");
        Assert.Equal(20, keywords.GetProperty("max").GetDouble());
        Assert.Equal(100, ResumeParts.Sum(p => breakdown.GetProperty(p).GetProperty("max").GetDouble()) + 20, 3);

        var coverage = analysis.GetProperty("keywords");
        var matched = coverage.GetProperty("matched").EnumerateArray().Select(e => e.GetString()).ToList();
        var missing = coverage.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToList();
        // The resume holds ACLS, BLS, Epic and telemetry; the job also asks for PALS and ventilator management.
        Assert.Contains("Advanced Cardiovascular Life Support", matched);
        Assert.Contains("Telemetry", matched);
        Assert.Contains("Pediatric Advanced Life Support", missing);
        Assert.Empty(matched.Intersect(missing));
        Assert.Equal(Math.Round(20.0 * matched.Count / (matched.Count + missing.Count)), keywords.GetProperty("points").GetDouble());
        Assert.Contains(analysis.GetProperty("feedback").EnumerateArray(),
            f => f.GetProperty("category").GetString() == "keywords" && f.GetProperty("message").GetString()!.Contains("Pediatric Advanced Life Support", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extraction_problems_passed_by_the_client_cost_parseability_points()
    {
        var text = Resume("designer.txt");
        var clean = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
        var scanned = await AnalysisClient.AnalyzeAsync(ml.Client, new { text, ocr = true, multiColumn = true, extractionWarnings = new[] { "Page 2 had no text layer" } });
        Assert.Equal(10, Points(clean, "parseability"));
        Assert.Equal(1, Points(scanned, "parseability"));
        var messages = scanned.GetProperty("feedback").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("OCR", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Page 2 had no text layer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feedback_points_at_the_place_orders_by_severity_and_has_no_duplicates()
    {
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = File.ReadAllText(ResumeExpectation.TestData(LoadDirection().File)) });
        var feedback = analysis.GetProperty("feedback").EnumerateArray().ToList();
        var ranks = feedback.Select(f => f.GetProperty("severity").GetString() switch { "critical" => 0, "warning" => 1, "suggestion" => 2, var s => throw new Xunit.Sdk.XunitException($"unknown severity {s}") }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var messages = feedback.Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Equal(messages.Count, messages.Distinct().Count());
        // "5 of 6 bullets under Experience at Sierra Distribution Center have no measurable result, e.g. '...'"
        Assert.Contains(messages, m => m.StartsWith("5 of 6 bullets under Experience at Sierra Distribution Center have no measurable result, e.g. 'Managed daily pick", StringComparison.Ordinal));
    }

    private static double Points(JsonElement analysis, string part) =>
        analysis.GetProperty("breakdown").GetProperty(part).GetProperty("points").GetDouble();

    private sealed record Direction(string File, Replacement AddMeasurableResult, string ContactLine);

    private sealed record Replacement(string From, string To);
}
