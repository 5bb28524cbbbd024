using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Matching;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Matching;

[Collection(MlCollection.Name)]
public sealed class JobMatchTests(MlServiceFixture ml)
{
    /// <summary>Per profession: a requirement its resume plainly proves, one it lacks, and a skill it does not name.</summary>
    public static TheoryData<string, string, string, string?> Cases => new()
    {
        { "software-engineer", "Experience running services on Kubernetes.", "Experience with Kafka or another event streaming platform.", "Apache Kafka" },
        { "registered-nurse", "Current BLS and ACLS certification.", "Experience with continuous renal replacement therapy (CRRT) and ECMO.", null },
        { "accountant", "Prepare schedules for the annual external audit.", "Experience with SAP and with consolidation of foreign subsidiaries under IFRS.", "SAP" },
        { "teacher", "Communicate regularly with parents and guardians about student progress.", "Bilingual in English and Spanish is a plus.", "Spanish" },
        { "product-designer", "Plan and run usability testing and user research to validate designs.", "Experience with motion design in After Effects.", "Motion graphics" },
        { "mechanical-engineer", "Create detailed engineering drawings using GD&T.", "Experience with thermal management design and CFD simulation.", "Computational fluid dynamics" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_proven_requirement_is_met_and_a_lacking_one_is_not(string profession, string proven, string lacking, string? missingSkill)
    {
        var match = await Match(MatchingData.Resume(profession), MatchingData.Job(profession));

        var met = Assert.Single(match.Requirements, r => r.Text == proven);
        Assert.True(met.Met, $"'{proven}' best evidence '{met.Evidence}' at {met.Similarity}");
        Assert.NotNull(met.Evidence);
        Assert.Contains(met.Evidence, MatchingData.Resume(profession));

        var unmet = Assert.Single(match.Requirements, r => r.Text == lacking);
        Assert.False(unmet.Met, $"'{lacking}' wrongly proven by '{unmet.Evidence}' at {unmet.Similarity}");
        Assert.Contains(match.Feedback, f => f.Contains(lacking, StringComparison.Ordinal));

        if (missingSkill is not null)
        {
            Assert.Contains(missingSkill, match.MissingSkills);
            Assert.Contains(match.Feedback, f => f.Contains(missingSkill, StringComparison.Ordinal));
        }
        Assert.True(match.JobFitScore >= 60, $"own job scored {match.JobFitScore}");
        Assert.InRange(match.SemanticSimilarity, 0.45, 1);
    }

    [Theory]
    [MemberData(nameof(MatchingData.ProfessionCases), MemberType = typeof(MatchingData))]
    public async Task The_own_professions_job_fits_far_better_than_another(string profession)
    {
        var other = MatchingData.Professions[(Array.IndexOf(MatchingData.Professions, profession) + 1) % MatchingData.Professions.Length];
        var own = await Match(MatchingData.Resume(profession), MatchingData.Job(profession));
        var foreign = await Match(MatchingData.Resume(profession), MatchingData.Job(other));

        Assert.True(own.JobFitScore >= foreign.JobFitScore + 30, $"{profession}: own {own.JobFitScore}, {other} {foreign.JobFitScore}");
        Assert.True(own.SemanticSimilarity > foreign.SemanticSimilarity);
        Assert.Contains(foreign.Feedback, f => f.StartsWith("Weak fit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Skills_match_through_their_aliases()
    {
        var resume = MatchingData.Resume("software-engineer");
        // The resume writes only the aliases; the job only the canonical names.
        Assert.DoesNotContain("Kubernetes", resume);
        Assert.DoesNotContain("PostgreSQL", resume);
        Assert.DoesNotContain("JavaScript", resume);

        var match = await Match(resume, MatchingData.Job("software-engineer"));

        Assert.Contains("Kubernetes", match.MatchedSkills);
        Assert.Contains("PostgreSQL", match.MatchedSkills);
        Assert.Contains("JavaScript", match.MatchedSkills);
        Assert.DoesNotContain("Kubernetes", match.MissingSkills);
    }

    [Fact]
    public async Task Partial_matches_are_close_skills_the_resume_names_instead()
    {
        var match = await Match(
            "Data engineer. Built batch pipelines in Apache Spark and scheduled them with Airflow.",
            "Data Engineer\nRequirements\n- Experience building pipelines with Apache Flink.\n- Experience with Airflow.");

        Assert.Contains("Apache Airflow", match.MatchedSkills);
        var partial = Assert.Single(match.PartialMatches);
        Assert.Equal("Apache Flink", partial.JobSkill);
        Assert.Equal("Apache Spark", partial.ResumeSkill);
        Assert.True(partial.Similarity >= MatchScoring.PartialSameCategoryThreshold);
        Assert.DoesNotContain("Apache Flink", match.MissingSkills);
    }

    [Fact]
    public async Task One_word_skill_bullets_count_and_the_pitch_and_benefits_do_not()
    {
        var match = await Match(
            "Sales analyst. Analysed regional sales data in SQL and built weekly reports in Excel.",
            "Data Analyst\nWe help logistics customers move freight.\nRequirements:\n- 3+ years of experience analysing sales data\n" +
            "- SQL\n- Tableau\nBenefits:\n- Health insurance and a Python training budget\n");

        Assert.Contains("SQL", match.MatchedSkills);
        Assert.Contains("Tableau", match.MissingSkills.Concat(match.PartialMatches.Select(p => p.JobSkill)));
        Assert.DoesNotContain("Logistics", match.MissingSkills);
        Assert.DoesNotContain("Python", match.MissingSkills);
    }

    [Fact]
    public async Task A_bullet_the_pdf_wrapped_onto_two_lines_is_one_piece_of_evidence()
    {
        var match = await Match(
            "John Doe\nWORK EXPERIENCE\nFull Stack Java Developer, ABC Company, June 2018 - Present\n" +
            "• Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring\nBoot\n" +
            "• Used Angular for developing dynamic and responsive web front-ends, improving user experience\nby 30%\n",
            "Java Developer\nRequirements:\n- 4+ years of experience with Java and Spring Boot\n- Experience building web front-ends with Angular\n");

        Assert.Equal(
            "Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring Boot",
            match.Requirements[0].Evidence);
        Assert.Equal(
            "Used Angular for developing dynamic and responsive web front-ends, improving user experience by 30%",
            match.Requirements[1].Evidence);
    }

    [Fact]
    public async Task A_line_of_dates_alone_is_never_evidence()
    {
        var match = await Match(
            "Jane Roe\nEXPERIENCE\nSales Manager, Northwind Traders\nJan 2016 - Dec 2021\n" +
            "• Grew key account revenue by 20% in two years\n",
            "Sales Manager\nRequirements:\n- Sales experience between 2016 and 2021\n");

        Assert.NotEqual("Jan 2016 - Dec 2021", match.Requirements[0].Evidence);
        Assert.NotNull(match.Requirements[0].Evidence);
    }

    [Fact]
    public async Task A_cold_match_reads_the_resume_as_its_lines_and_embeds_no_passage_of_it()
    {
        // Lines no other test sends: no passage holding them can have been cached before this match (the resume's
        // other passages may have been, by the ranking tests).
        var marker = UniqueWord.Next();
        var resume = MatchingData.Resume("accountant") +
            $"\nReconciled the petty cash ledger every Friday ({marker}).\nAudited travel expenses each quarter ({marker}).\n" +
            $"Trained two junior clerks on the payables workflow ({marker}).";
        var cache = ml.GetService<JobEmbeddingCache>();
        var sentences = ml.GetService<ResumeParser>().Sentences(resume);
        var passages = DocumentEmbedding.Passages(sentences, resume).Where(p => p.Contains('\n') && p.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(passages);

        var match = await Match(resume, MatchingData.Job("accountant"));

        Assert.Contains(sentences, s => s.Contains("petty cash", StringComparison.Ordinal) && cache.Contains(s));
        Assert.DoesNotContain(passages, cache.Contains);
        Assert.True(match.SemanticSimilarity > 0.3, $"the own profession's job reads as {match.SemanticSimilarity}");
    }

    [Fact]
    public async Task The_answer_has_the_contract_shape()
    {
        using var response = await ml.Client.PostAsJsonAsync("/resume/job-match",
            new { resumeText = MatchingData.Resume("registered-nurse"), jobDescription = MatchingData.Job("registered-nurse") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var property in new[] { "jobFitScore", "semanticSimilarity", "skillMatchPercentage", "matchedSkills", "partialMatches", "missingSkills", "requirements", "feedback" })
        {
            Assert.True(body.TryGetProperty(property, out _), property);
        }
        var requirement = body.GetProperty("requirements")[0];
        foreach (var property in new[] { "text", "evidence", "similarity", "met" })
        {
            Assert.True(requirement.TryGetProperty(property, out _), property);
        }
        Assert.InRange(body.GetProperty("jobFitScore").GetInt32(), 0, 100);
        Assert.InRange(body.GetProperty("skillMatchPercentage").GetDouble(), 0, 100);
    }

    [Fact]
    public async Task Empty_and_oversized_texts_are_refused_with_the_reason()
    {
        await AssertInvalid(new { resumeText = "", jobDescription = "Nurse wanted" }, "resumeText");
        await AssertInvalid(new { resumeText = "Nurse", jobDescription = (string?)null }, "jobDescription");
        await AssertInvalid(new { resumeText = new string('a', 50_001), jobDescription = "Nurse wanted" }, "50,000");
        await AssertInvalid(new { resumeText = "Nurse", jobDescription = new string('a', 20_001) }, "20,000");
    }

    [Fact]
    public async Task Non_json_is_a_clear_415()
    {
        using var response = await ml.Client.PostAsync("/resume/job-match", new StringContent("<resume/>", Encoding.UTF8, "application/xml"));
        await InvalidInputAssert.IsUnsupportedContentTypeAsync(response);
    }

    [Fact]
    public async Task Matching_requires_a_token()
    {
        using var response = await ml.Anonymous.PostAsJsonAsync("/resume/job-match", new { resumeText = "a", jobDescription = "b" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JobMatchResponse> Match(string resume, string job)
    {
        using var response = await ml.Client.PostAsJsonAsync("/resume/job-match", new { resumeText = resume, jobDescription = job });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JobMatchResponse>())!;
    }

    private Task AssertInvalid(object request, string mentioned) =>
        InvalidInputAssert.PostIsInvalidAsync(ml.Client, "/resume/job-match", request, mentioned);
}
