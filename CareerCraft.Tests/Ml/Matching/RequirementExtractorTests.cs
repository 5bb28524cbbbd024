using CareerCraft.Ml.Matching;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Tests.Ml.Matching;

public sealed class RequirementExtractorTests
{
    [Fact]
    public void Bullets_become_requirements_and_employer_sections_are_left_out()
    {
        var requirements = RequirementExtractor.Extract(MatchingData.Job("software-engineer"));

        Assert.Contains("5+ years of backend development experience with Go or Python.", requirements);
        Assert.Contains("Experience with Kafka or another event streaming platform.", requirements);
        Assert.Contains("Design, build and operate high-throughput backend services in Go.", requirements);
        Assert.DoesNotContain(requirements, r => r.Contains("health insurance", StringComparison.Ordinal));
        Assert.DoesNotContain(requirements, r => r.Contains("payments company", StringComparison.Ordinal));
        Assert.DoesNotContain("Requirements", requirements);
    }

    [Fact]
    public void The_pitch_before_the_first_requirements_heading_is_not_a_requirement()
    {
        var requirements = RequirementExtractor.Extract(
            "Senior Full Stack Java Developer at Northwind Traders.\n" +
            "We build web applications for logistics customers.\n" +
            "Requirements:\n" +
            "- 4+ years of experience with Java and Spring Boot\n" +
            "- Experience with Kubernetes and AWS\n");

        Assert.Equal(["4+ years of experience with Java and Spring Boot", "Experience with Kubernetes and AWS"], requirements);
    }

    [Fact]
    public void The_asked_text_keeps_one_word_skill_bullets_and_leaves_out_pitch_and_benefits()
    {
        var asked = RequirementExtractor.AskedText(
            "Data Analyst\n" +
            "We help logistics customers move freight.\n" +
            "Requirements:\n" +
            "- 3+ years of experience analysing sales data\n" +
            "- SQL\n" +
            "- Tableau\n" +
            "Benefits:\n" +
            "- Health insurance and 401K matching\n");

        Assert.Contains("SQL", asked, StringComparison.Ordinal);
        Assert.Contains("Tableau", asked, StringComparison.Ordinal);
        Assert.Contains("analysing sales data", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("logistics", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("401K", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Analyst", asked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_posting_with_nothing_recognisable_as_an_ask_is_taken_whole()
    {
        Assert.Equal("Python", RequirementExtractor.AskedText("Python"));
    }

    [Fact]
    public void A_posting_without_headings_keeps_its_sentences()
    {
        var requirements = RequirementExtractor.Extract(
            "We are hiring a staff nurse for our cardiac unit. You hold a current RN licence and BLS certification.");

        Assert.Equal(2, requirements.Count);
    }

    [Fact]
    public void Equal_opportunity_statements_are_not_requirements()
    {
        var requirements = RequirementExtractor.Extract(MatchingData.Job("registered-nurse"));
        Assert.Contains("Current BLS and ACLS certification.", requirements);
        Assert.DoesNotContain(requirements, r => r.Contains("equal opportunity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Paragraphs_split_into_sentences_and_semicolon_lists_into_items()
    {
        var requirements = RequirementExtractor.Extract(
            "Requirements: 5+ years backend development; strong Go or Python; PostgreSQL and Redis experience. " +
            "You will mentor two junior engineers. Salary is competitive.");

        Assert.Equal(
            ["5+ years backend development", "strong Go or Python", "PostgreSQL and Redis experience.",
             "You will mentor two junior engineers.", "Salary is competitive."],
            requirements);
    }

    [Fact]
    public void Inline_bullets_are_separate_items()
    {
        var segments = TextSegmenter.Split("•  Led a team of 5 engineers  •  Reduced costs by 30%");
        Assert.Equal(["Led a team of 5 engineers", "Reduced costs by 30%"], segments.Select(s => s.Text));
    }

    [Fact]
    public void Numbers_and_abbreviations_do_not_break_sentences()
    {
        var segments = TextSegmenter.Split("Raised the pass rate from 68.5% to 84% e.g. in algebra. Then led the club.");
        Assert.Equal(["Raised the pass rate from 68.5% to 84% e.g. in algebra.", "Then led the club."], segments.Select(s => s.Text));
    }
}
