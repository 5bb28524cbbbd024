using System.Net;
using System.Net.Http.Json;
using System.Text;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>Bad input gets a specific 4xx ProblemDetails, never a 500 or a meaningless score.</summary>
[Collection(MlCollection.Name)]
public sealed class AnalysisInputTests(MlServiceFixture ml)
{
    private static string Job(string name) => File.ReadAllText(ResumeExpectation.TestData($"analysis/jobs/{name}"));

    [Fact]
    public async Task Empty_text_is_a_400_that_says_what_to_send()
    {
        using var response = await ml.Client.PostAsJsonAsync("/resume/analyze", new { text = "  \n " });
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("'text' is empty", detail);
    }

    [Fact]
    public async Task A_job_description_alone_is_a_400_that_asks_for_the_resume()
    {
        using var response = await ml.Client.PostAsJsonAsync("/resume/analyze", new { jobDescription = Job("senior_accountant.txt") });
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("job description alone", detail);
    }

    [Fact]
    public async Task A_job_posting_sent_as_the_resume_is_refused_as_not_a_resume()
    {
        using var response = await ml.Client.PostAsJsonAsync("/resume/analyze", new { text = Job("icu_charge_nurse.txt") });
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "not-a-resume");
        Assert.Contains("jobDescription", detail);
    }

    [Fact]
    public async Task One_megabyte_of_text_is_a_400_naming_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("Registered nurse with acute care experience. ", 1024 * 1024 / 45));
        using var response = await ml.Client.PostAsJsonAsync("/resume/analyze", new { text });
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("100,000", detail);
    }

    [Fact]
    public async Task A_body_over_two_megabytes_is_refused_before_it_is_parsed()
    {
        using var content = new StringContent(new string('a', 3 * 1024 * 1024), Encoding.UTF8, "application/json");
        using var response = await ml.Client.PostAsync("/resume/analyze", content);
        await AnalysisClient.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    [Fact]
    public async Task Binary_junk_as_text_is_a_400()
    {
        var junk = new string(Enumerable.Range(0, 4000).Select(i => (char)((i * 7919) % 32)).ToArray());
        using var response = await ml.Client.PostAsJsonAsync("/resume/analyze", new { text = junk });
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("binary", detail);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_and_another_content_type_a_415()
    {
        using (var response = await ml.Client.PostAsync("/resume/analyze", new StringContent("{\"text\": ", Encoding.UTF8, "application/json")))
        {
            await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        }
        using (var response = await ml.Client.PostAsync("/resume/analyze", new StringContent("Jane Doe, nurse", Encoding.UTF8, "text/plain")))
        {
            await AnalysisClient.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-format");
        }
    }

    [Fact]
    public async Task An_uploaded_file_that_is_not_a_resume_gets_the_extraction_problem()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(ResumeExpectation.TestData("corpus/bad/trunc_2k.pdf"))), "file", "trunc_2k.pdf");
        form.Add(new StringContent(Job("senior_accountant.txt")), "jobDescription");
        using var response = await ml.Client.PostAsync("/resume/analyze", form);
        await AnalysisClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "damaged-file");
    }

    [Fact]
    public async Task A_multipart_form_without_a_file_is_a_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("a job"), "jobDescription" } };
        using var response = await ml.Client.PostAsync("/resume/analyze", form);
        await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
    }

    [Fact]
    public async Task An_uploaded_file_with_a_job_description_is_analysed_against_the_job()
    {
        var analysis = await AnalysisClient.AnalyzeFileAsync(ml.Client, ResumeExpectation.TestData("corpus/pdf/rm_john_doe.pdf"),
            "Java developer with Spring Boot, Angular, Kubernetes and AWS experience.");
        var matched = analysis.GetProperty("keywords").GetProperty("matched").EnumerateArray().Select(e => e.GetString()).ToList();
        var missing = analysis.GetProperty("keywords").GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Spring Boot", matched);
        Assert.Contains("Kubernetes", missing);
    }

    [Theory]
    [InlineData("/resume/analyze")]
    [InlineData("/cover-letter/generate-cover-letter")]
    [InlineData("/cover-letter/stream")]
    public async Task Endpoints_require_a_signed_in_user(string path)
    {
        using var response = await ml.Anonymous.PostAsJsonAsync(path, new { text = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
