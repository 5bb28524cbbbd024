using CareerCraft.Ml.Skills;

namespace CareerCraft.Tests.Ml.Skills;

public sealed class SkillExtractorTests
{
    private static ISkillExtractor Extractor => SharedTaxonomy.Extractor;

    [Theory]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("K8S", "Kubernetes")]
    [InlineData("JS", "JavaScript")]
    [InlineData("TS", "TypeScript")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("psql", "PostgreSQL")]
    [InlineData("dotnet", ".NET")]
    [InlineData(".NET Core", ".NET")]
    [InlineData("C#", "C#")]
    [InlineData("c++", "C++")]
    [InlineData("NodeJS", "Node.js")]
    [InlineData("node.js", "Node.js")]
    [InlineData("React.js", "React")]
    [InlineData("ReactJS", "React")]
    [InlineData("GCP", "Google Cloud Platform")]
    [InlineData("AWS", "Amazon Web Services")]
    [InlineData("S3", "Amazon S3")]
    [InlineData("golang", "Go")]
    [InlineData("go", "Go")]
    [InlineData("ci/cd", "CI/CD")]
    [InlineData("Continuous Integration", "CI/CD")]
    [InlineData("EHR", "Electronic health records")]
    [InlineData("Epic", "Epic Systems")]
    [InlineData("A/R", "Accounts receivable")]
    [InlineData("IEPs", "Individualized Education Programs")]
    [InlineData("GD&T", "Geometric dimensioning and tolerancing")]
    [InlineData("SEO", "Search engine optimization")]
    [InlineData("  Lean Six Sigma ", "Six Sigma")]
    public void Resolve_maps_names_and_aliases_to_the_canonical_skill(string written, string expected)
    {
        Assert.Equal(expected, Extractor.Resolve(written)?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("basket weaving")]
    [InlineData("C #")]
    [InlineData("Kubernetes cluster")]
    public void Resolve_answers_null_for_what_is_not_a_skill(string written)
    {
        Assert.Null(Extractor.Resolve(written));
    }

    [Fact]
    public void Resolve_gives_the_same_skill_instance_that_Find_reports()
    {
        var found = Assert.Single(Extractor.Find("Deployed services on k8s."));
        Assert.Same(Extractor.Resolve("Kubernetes"), found.Skill);
        Assert.Equal(SkillCategories.Cloud, found.Skill.Category);
        Assert.Contains("k8s", found.Skill.Aliases);
    }

    [Fact]
    public void Find_reports_each_skill_once_at_its_first_mention_with_the_text_as_written()
    {
        const string text = "Built REST APIs in Node.js; later moved the NodeJS services to k8s and Kubernetes clusters.";
        var mentions = Extractor.Find(text);

        Assert.Equal(["REST APIs", "Node.js", "Kubernetes"], mentions.Select(m => m.Skill.Name));
        var node = mentions[1];
        Assert.Equal("Node.js", node.MatchedText);
        Assert.Equal(text.IndexOf("Node.js", StringComparison.Ordinal), node.Index);
        var kubernetes = mentions[2];
        Assert.Equal("k8s", kubernetes.MatchedText);
        Assert.Equal(text.IndexOf("k8s", StringComparison.Ordinal), kubernetes.Index);
        Assert.All(mentions, m => Assert.Equal(m.MatchedText, text.Substring(m.Index, m.MatchedText.Length)));
    }

    [Fact]
    public void Find_matches_punctuated_forms_as_written()
    {
        var names = SharedTaxonomy.Names(
            "Stack: C#, C++, F#, .NET 8, ASP.NET Core, Node.js, Vue.js, CI/CD with GitHub Actions, A/B testing, PL/SQL, TCP/IP.");

        Assert.Equal(
            ["C#", "C++", "F#", ".NET", "ASP.NET", "Node.js", "Vue.js", "CI/CD", "GitHub Actions", "A/B testing", "PL/SQL", "TCP/IP"],
            names);
    }

    [Fact]
    public void Find_prefers_the_longest_form_and_respects_word_boundaries()
    {
        var names = SharedTaxonomy.Names(
            "Spring Boot microservices, JavaScript and TypeScript front ends, Google Cloud Platform, Microsoft SQL Server.");

        Assert.Equal(["Spring Boot", "Microservices", "JavaScript", "TypeScript", "Google Cloud Platform", "SQL Server"], names);
        Assert.DoesNotContain("Java", names);
        Assert.DoesNotContain("Spring", names);
        Assert.DoesNotContain("SQL", names);
        Assert.Equal(["Data integrity"], SharedTaxonomy.Names("Ensured data integrity across systems."));
    }

    [Fact]
    public void Find_treats_hyphens_and_spaces_alike_inside_multi_word_skills()
    {
        Assert.Equal(["Test-driven development", "Object-oriented programming"],
            SharedTaxonomy.Names("We practise test driven development and object-oriented programming."));
        Assert.Equal(["Objective-C"], SharedTaxonomy.Names("Maintained an Objective C codebase."));
    }

    [Fact]
    public void Find_does_not_join_a_form_across_lines_or_symbols_it_does_not_contain()
    {
        Assert.DoesNotContain("Machine learning", SharedTaxonomy.Names("Machine\nlearning"));
        Assert.DoesNotContain("Machine learning", SharedTaxonomy.Names("Machine\rlearning"));
        Assert.DoesNotContain("Machine learning", SharedTaxonomy.Names("Machine\flearning"));
        Assert.Contains("Machine learning", SharedTaxonomy.Names("Skills:\r\nMachine learning\r\n"));
        Assert.DoesNotContain(".NET", SharedTaxonomy.Names("Cut costs by 12%. NET income rose."));
        Assert.DoesNotContain("C#", SharedTaxonomy.Names("Grade C # of students"));
    }

    [Fact]
    public void Find_ignores_skills_inside_email_addresses_and_urls()
    {
        var names = SharedTaxonomy.Names("jane.r@python.org | https://github.com/jane/go-react | www.java.com");
        Assert.Empty(names);
    }

    [Theory]
    [InlineData("Go, Rust and Python", new[] { "Go", "Rust", "Python" })]
    [InlineData("R, SQL and Python", new[] { "R", "SQL", "Python" })]
    [InlineData("C and C++", new[] { "C", "C++" })]
    [InlineData("C/C++ firmware for ARM Cortex-M", new[] { "C", "C++" })]
    [InlineData("Backend services written in Go.", new[] { "Go" })]
    [InlineData("Senior Go developer", new[] { "Go" })]
    [InlineData("Go and Rust developer", new[] { "Go", "Rust" })]
    [InlineData("Statistical models in R programming", new[] { "R" })]
    [InlineData("Proficient in Swift and SwiftUI", new[] { "Swift", "SwiftUI" })]
    [InlineData("Charting in Epic and Cerner", new[] { "Clinical documentation", "Epic Systems", "Cerner" })]
    [InlineData("Word, Excel and PowerPoint", new[] { "Microsoft Word", "Microsoft Excel", "Microsoft PowerPoint" })]
    public void Ambiguous_names_are_found_in_skill_contexts(string text, string[] expected)
    {
        var names = SharedTaxonomy.Names(text);
        foreach (var skill in expected)
        {
            Assert.Contains(skill, names);
        }
    }

    [Theory]
    [InlineData("Owned the go to market strategy for two product lines.", "Go")]
    [InlineData("Let's go: we go live in May.", "Go")]
    [InlineData("Led R&D for the new sensor line.", "R")]
    [InlineData("Presented to the C-suite every quarter.", "C")]
    [InlineData("Scored a C in chemistry; took vitamin C.", "C")]
    [InlineData("Reported to Dr. R. Patel.", "R")]
    [InlineData("Graduated in Spring 2021.", "Spring")]
    [InlineData("Trained under Chef Ramsay with Chef Marco.", "Chef")]
    [InlineData("Rust was removed from the steel beams.", "Rust")]
    [InlineData("A swift response to every ticket.", "Swift")]
    [InlineData("I excel at building relationships.", "Microsoft Excel")]
    [InlineData("Word of mouth brought most clients.", "Microsoft Word")]
    [InlineData("An epic journey across the country.", "Epic Systems")]
    [InlineData("Gave 5 ml of saline.", "Machine learning")]
    [InlineData("We are hiring a friendly team.", "Microsoft Teams")]
    public void Ambiguous_names_are_not_found_outside_skill_contexts(string text, string skill)
    {
        Assert.DoesNotContain(skill, SharedTaxonomy.Names(text));
    }

    [Fact]
    public void Go_to_market_is_its_own_skill_and_not_the_language()
    {
        var names = SharedTaxonomy.Names("Go-to-market strategy, SEO, CRM");
        Assert.Equal(["Product marketing", "Search engine optimization", "Customer relationship management"], names);
    }

    [Fact]
    public void A_skills_section_is_a_skill_context_until_the_next_heading()
    {
        const string resume = """
            TECHNICAL SKILLS
            Go
            R
            Excel

            EXPERIENCE
            Go
            """;
        var mentions = Extractor.Find(resume);
        Assert.Equal(["Go", "R", "Microsoft Excel"], mentions.Select(m => m.Skill.Name));
        Assert.Equal(resume.IndexOf("Go", StringComparison.Ordinal), mentions[0].Index);
    }

    [Fact]
    public void A_title_case_heading_ends_the_skills_section()
    {
        const string resume = "Technical Skills:\nSwift\nRust\n\nProfessional Experience\nRust was found on the old bridge.\nSwift replies.";
        var mentions = Extractor.Find(resume);
        Assert.Equal(["Swift", "Rust"], mentions.Select(m => m.Skill.Name));
        Assert.All(mentions, m => Assert.True(m.Index < resume.IndexOf("Professional", StringComparison.Ordinal)));
    }

    [Fact]
    public void Spoken_languages_are_their_own_category()
    {
        var mentions = Extractor.Find("Languages: English (native), Spanish (fluent), ASL (conversational)");
        Assert.Equal(["English", "Spanish", "American Sign Language"], mentions.Select(m => m.Skill.Name));
        Assert.All(mentions, m => Assert.Equal(SkillCategories.Languages, m.Skill.Category));
    }

    [Fact]
    public void A_skills_label_makes_its_line_a_skill_context()
    {
        Assert.Equal(["Go"], SharedTaxonomy.Names("Languages: Go"));
        Assert.Equal(["C"], SharedTaxonomy.Names("Programming languages: C"));
        Assert.Empty(SharedTaxonomy.Names("Note: Go"));
    }

    [Fact]
    public void Exact_case_forms_only_match_as_written()
    {
        Assert.Contains("Microsoft Excel", SharedTaxonomy.Names("Built models in Excel."));
        Assert.DoesNotContain("Microsoft Excel", SharedTaxonomy.Names("built models in excel."));
        Assert.Contains("React", SharedTaxonomy.Names("Built dashboards with React."));
        Assert.DoesNotContain("React", SharedTaxonomy.Names("Able to react quickly."));
    }

    [Fact]
    public void An_all_caps_skills_line_still_matches_exact_case_and_ambiguous_names()
    {
        Assert.Equal(["Microsoft Excel", "React", "Go", "Python"], SharedTaxonomy.Names("SKILLS: EXCEL, REACT, GO, PYTHON"));
        Assert.Equal(["Product marketing"], SharedTaxonomy.Names("GO TO MARKET STRATEGY"));
        Assert.Empty(SharedTaxonomy.Names("LET'S GO"));
        Assert.Empty(SharedTaxonomy.Names("KEEP THE BUILD SAFE"));
        Assert.Equal(["SAFe"], SharedTaxonomy.Names("Scaled with SAFe"));
    }

    [Fact]
    public void Empty_and_skill_free_texts_yield_nothing()
    {
        Assert.Empty(Extractor.Find(""));
        Assert.Empty(Extractor.Find("   \n\t "));
        Assert.Empty(Extractor.Find("The quick brown fox jumps over the lazy dog."));
        Assert.Empty(Extractor.Find("\u0000\u0001\uFFFD \uD83D\uDE00 ### +++ ..."));
    }

    [Fact]
    public void A_long_document_is_scanned_whole_and_consistently()
    {
        var block = "Python, Kubernetes and PostgreSQL. Patient assessment and IV therapy. GAAP reconciliations. ";
        var text = string.Concat(Enumerable.Repeat(block, 2_000)) + "Finally Terraform.";

        var names = SharedTaxonomy.Names(text);

        Assert.Equal(
            ["Python", "Kubernetes", "PostgreSQL", "Patient assessment", "IV therapy", "GAAP", "Account reconciliation", "Terraform"],
            names);
    }

    [Fact]
    public void Concurrent_callers_get_the_same_answers()
    {
        const string text = "Go, Rust and Python; k8s; QuickBooks; lesson planning; Figma; AutoCAD; SEO.";
        var expected = SharedTaxonomy.Names(text);

        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = SharedTaxonomy.Names(text));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(9, expected.Length);
    }
}
