using System.Text;
using System.Text.Json;
using CareerCraft.Ml.Skills;

namespace CareerCraft.Tests.Ml.Skills;

public sealed class SkillTaxonomyTests
{
    private static SkillTaxonomy Taxonomy => SharedTaxonomy.Taxonomy;

    [Fact]
    public void The_shipped_taxonomy_is_version_1_with_thousands_of_skills()
    {
        Assert.Equal(1, Taxonomy.Version);
        Assert.True(Taxonomy.Skills.Count >= 4_000, $"only {Taxonomy.Skills.Count} skills");
        Assert.True(Taxonomy.Skills.Sum(s => s.Aliases.Count) >= 4_000, "too few aliases");
    }

    [Theory]
    [InlineData(SkillCategories.Software, 550)]
    [InlineData(SkillCategories.Cloud, 300)]
    [InlineData(SkillCategories.Data, 220)]
    [InlineData(SkillCategories.Security, 140)]
    [InlineData(SkillCategories.Design, 160)]
    [InlineData(SkillCategories.Healthcare, 300)]
    [InlineData(SkillCategories.Finance, 220)]
    [InlineData(SkillCategories.Marketing, 140)]
    [InlineData(SkillCategories.Sales, 110)]
    [InlineData(SkillCategories.Engineering, 300)]
    [InlineData(SkillCategories.Education, 180)]
    [InlineData(SkillCategories.Operations, 220)]
    [InlineData(SkillCategories.Legal, 120)]
    [InlineData(SkillCategories.HumanResources, 100)]
    [InlineData(SkillCategories.Hospitality, 120)]
    [InlineData(SkillCategories.Business, 140)]
    [InlineData(SkillCategories.Languages, 80)]
    [InlineData(SkillCategories.Certifications, 280)]
    [InlineData(SkillCategories.SoftSkills, 140)]
    public void Every_category_is_well_covered(string category, int minimum)
    {
        var count = Taxonomy.Skills.Count(s => s.Category == category);
        Assert.True(count >= minimum, $"{category} has {count} skills, expected at least {minimum}");
    }

    [Fact]
    public void Every_skill_has_a_known_category_and_the_categories_are_lowercase()
    {
        Assert.All(Taxonomy.Skills, s => Assert.Contains(s.Category, SkillCategories.All.Keys));
        Assert.All(SkillCategories.All.Keys, c => Assert.Equal(c.ToLowerInvariant(), c));
        Assert.Equal(SkillCategories.All.Keys.Order(), Taxonomy.Skills.Select(s => s.Category).Distinct().Order());
    }

    [Fact]
    public void No_name_or_alias_is_shared_between_skills_even_ignoring_case_and_hyphens()
    {
        // Checked here on the raw file, independently of the loader's own check.
        using var document = JsonDocument.Parse(ReadShippedFile());
        var owners = new Dictionary<string, string>();
        var clashes = new List<string>();
        foreach (var entry in document.RootElement.GetProperty("skills").EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString()!;
            var forms = new List<string> { name };
            if (entry.TryGetProperty("aliases", out var aliases))
            {
                forms.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            }
            foreach (var form in forms)
            {
                var key = string.Join(' ', form.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));
                if (!owners.TryAdd(key, name))
                {
                    clashes.Add($"'{form}' of '{name}' clashes with '{owners[key]}'");
                }
            }
        }
        Assert.Empty(clashes);
        Assert.Equal(Taxonomy.Skills.Count, document.RootElement.GetProperty("skills").GetArrayLength());
    }

    [Fact]
    public void Names_and_aliases_are_trimmed_and_not_blank()
    {
        Assert.All(Taxonomy.Skills.SelectMany(s => s.Aliases.Prepend(s.Name)), form =>
        {
            Assert.False(string.IsNullOrWhiteSpace(form));
            Assert.Equal(form.Trim(), form);
        });
    }

    [Fact]
    public void Every_skill_resolves_from_its_name_and_each_alias()
    {
        var extractor = SharedTaxonomy.Extractor;
        var wrong = Taxonomy.Skills
            .SelectMany(s => s.Aliases.Prepend(s.Name).Select(form => (Skill: s, Form: form)))
            .Where(x => !ReferenceEquals(extractor.Resolve(x.Form), x.Skill))
            .Select(x => $"{x.Form} -> {extractor.Resolve(x.Form)?.Name ?? "null"} (expected {x.Skill.Name})")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_data_file_describes_the_same_categories_as_the_code()
    {
        using var document = JsonDocument.Parse(ReadShippedFile());
        var categories = document.RootElement.GetProperty("categories").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(SkillCategories.All.OrderBy(p => p.Key), categories.OrderBy(p => p.Key)!);
    }

    [Fact]
    public void A_duplicate_alias_is_reported_with_both_skills()
    {
        var error = LoadBroken("""
            [
              {"name": "Kubernetes", "category": "cloud", "aliases": ["k8s"]},
              {"name": "Kustomize", "category": "cloud", "aliases": ["K8S"]}
            ]
            """);
        Assert.Contains("'K8S' is already a form of 'Kubernetes'", error.Message);
        Assert.Contains("skills[1] 'Kustomize'", error.Message);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = LoadBroken("""
            [
              {"name": "Knitting", "category": "crafts"},
              {"name": " Python", "category": "software"},
              {"name": "Go", "category": "software", "needsContext": ["Golang"]},
              {"name": "###", "category": "software"}
            ]
            """);
        Assert.Contains("has 4 problem(s)", error.Message);
        Assert.Contains("unknown category 'crafts'", error.Message);
        Assert.Contains("surrounding spaces", error.Message);
        Assert.Contains("'Golang' is flagged but is neither the name nor an alias", error.Message);
        Assert.Contains("'###' has no letters or digits", error.Message);
    }

    [Fact]
    public void Forms_differing_only_in_spacing_around_symbols_are_rejected()
    {
        var error = LoadBroken("""
            [
              {"name": "CI/CD", "category": "cloud"},
              {"name": "CI / CD pipelines", "category": "cloud"}
            ]
            """);
        Assert.Contains("differs from another form only in its spacing", error.Message);
    }

    [Fact]
    public void A_wrong_version_or_category_list_is_rejected()
    {
        var json = Document("""[{"name": "Python", "category": "software"}]""", version: 2, dropCategory: SkillCategories.Legal);
        var error = Assert.Throws<SkillTaxonomyException>(() => Load(json));
        Assert.Contains("version is 2", error.Message);
        Assert.Contains("category 'legal' is not listed", error.Message);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"version": 1, "description": "x", "categories": {}, "skills": [], "extra": true}""")]
    [InlineData("""{"version": 1, "description": "x", "categories": {}, "skills": [{"name": "Go"}]}""")]
    [InlineData("null")]
    public void Malformed_documents_are_rejected_with_the_source_named(string json)
    {
        var error = Assert.Throws<SkillTaxonomyException>(() => Load(json));
        Assert.Contains("'test.json'", error.Message);
    }

    [Fact]
    public void A_minimal_valid_document_loads_and_matches()
    {
        var taxonomy = Load(Document("""
            [
              {"name": "Go", "category": "software", "aliases": ["Golang"], "needsContext": ["Go"]},
              {"name": "Python", "category": "software"}
            ]
            """));
        var extractor = new SkillExtractor(taxonomy);
        Assert.Equal(2, taxonomy.Skills.Count);
        Assert.Equal(["Go", "Python"], extractor.Find("Go and Python").Select(m => m.Skill.Name));
        Assert.Empty(extractor.Find("Go home."));
    }

    private static SkillTaxonomyException LoadBroken(string skills) =>
        Assert.Throws<SkillTaxonomyException>(() => Load(Document(skills)));

    private static SkillTaxonomy Load(string json) =>
        SkillTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string Document(string skills, int version = 1, string? dropCategory = null)
    {
        var categories = SkillCategories.All.Where(c => c.Key != dropCategory).ToDictionary();
        return $$"""
            {"version": {{version}}, "description": "test", "categories": {{JsonSerializer.Serialize(categories)}}, "skills": {{skills}}}
            """;
    }

    private static string ReadShippedFile()
    {
        using var stream = typeof(SkillTaxonomy).Assembly.GetManifestResourceStream(SkillTaxonomy.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
