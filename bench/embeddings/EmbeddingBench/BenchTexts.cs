using System.Text;

namespace CareerCraft.Bench.Embeddings;

/// <summary>Deterministic inputs: ~20-token sentences, ~250-token passages and job postings across professions.</summary>
public static class BenchTexts
{
    private static readonly string[] Subjects =
    [
        "Registered nurse", "Backend engineer", "Senior accountant", "Mathematics teacher", "Product designer",
        "Mechanical engineer", "Data analyst", "Project manager", "Pharmacist", "Electrician",
    ];

    private static readonly string[] Actions =
    [
        "led a team of five colleagues to deliver", "designed and documented", "improved the reliability of",
        "reduced the monthly cost of", "trained new staff on", "planned and coordinated", "audited and reconciled",
        "built and maintained",
    ];

    private static readonly string[] Objects =
    [
        "the patient discharge process across two hospital wards", "a payment service handling thousands of requests per second",
        "the quarterly close and consolidated financial statements", "an algebra curriculum aligned to state standards",
        "a design system used by forty engineers and designers", "cast aluminium brackets for an electric drivetrain",
        "weekly sales dashboards for regional managers", "the rollout of a new scheduling system",
    ];

    /// <summary>Sentences of about 20 word pieces each.</summary>
    public static IReadOnlyList<string> Sentences(int count) =>
        Enumerable.Range(0, count)
            .Select(i => $"{Subjects[i % Subjects.Length]} who {Actions[i / 3 % Actions.Length]} {Objects[i / 7 % Objects.Length]}.")
            .ToList();

    /// <summary>Passages of about 250 word pieces each (just under the model's 256-token window).</summary>
    public static IReadOnlyList<string> Passages(int count, Func<string, int> tokenCount)
    {
        var sentences = Sentences(count * 16);
        var passages = new List<string>(count);
        var index = 0;
        for (var p = 0; p < count; p++)
        {
            var passage = new StringBuilder();
            while (tokenCount(passage.ToString()) < 235)
            {
                passage.Append(sentences[index++ % sentences.Count]).Append(' ');
            }
            passages.Add(passage.ToString().Trim());
        }
        return passages;
    }

    /// <summary>Distinct job postings (a title and a few requirement bullets each), for the ranking benchmark.</summary>
    public static IReadOnlyList<(string Id, string Title, string Description)> Jobs(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var subject = Subjects[i % Subjects.Length];
            var description = new StringBuilder($"Posting {i}: we are hiring a {subject.ToLowerInvariant()} for our team in city {i % 37}.\n");
            for (var b = 0; b < 5; b++)
            {
                description.Append("- ").Append(Actions[(i + b) % Actions.Length]).Append(' ')
                    .Append(Objects[(i / 3 + b) % Objects.Length]).Append(".\n");
            }
            return ($"job-{i}", subject, description.ToString());
        }).ToList();
}
