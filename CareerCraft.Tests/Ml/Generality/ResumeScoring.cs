using System.Globalization;
using System.Text.Json;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// One field's tally. Precision = <see cref="RightAnswers"/> / <see cref="Answers"/> (of what the service said, how much
/// was right); recall = <see cref="FoundTruths"/> / <see cref="Truths"/> (of what the resume holds, how much was found).
/// The two numerators are equal except for skills, whose precision counts reported skills the document really names.
/// </summary>
public sealed record Tally(int RightAnswers, int Answers, int FoundTruths, int Truths)
{
    public static Tally Zero { get; } = new(0, 0, 0, 0);

    public static Tally Of(int correct, int answers, int truths) => new(correct, answers, correct, truths);

    public double? Precision => Answers == 0 ? null : (double)RightAnswers / Answers;

    public double? Recall => Truths == 0 ? null : (double)FoundTruths / Truths;

    public bool Perfect => RightAnswers == Answers && FoundTruths == Truths;

    public static Tally operator +(Tally a, Tally b) =>
        new(a.RightAnswers + b.RightAnswers, a.Answers + b.Answers, a.FoundTruths + b.FoundTruths, a.Truths + b.Truths);
}

/// <summary>A wrong or missing answer, kept as an example for the report.</summary>
public sealed record Miss(string Field, string Expected, string Got);

/// <summary>How one analysis of one rendered resume compares with its truth, field by field.</summary>
public sealed record ResumeScore(IReadOnlyDictionary<string, Tally> Fields, IReadOnlyList<Miss> Misses);

/// <summary>Collects one resume's tallies and its misses as the fields are compared.</summary>
internal sealed class ScoreSheet
{
    public Dictionary<string, Tally> Fields { get; } = ResumeScoring.FieldNames.ToDictionary(f => f, _ => Tally.Zero);

    public List<Miss> Misses { get; } = [];

    public void Count(string field, Tally tally) => Fields[field] += tally;

    public void Miss(string field, string expected, string? got) =>
        Misses.Add(new Miss(field, expected, string.IsNullOrEmpty(got) ? "(none)" : got));

    /// <summary>Counts a tally and, when it is not perfect, keeps what was expected and what came back.</summary>
    public void Add(string field, Tally tally, string expected, string? got)
    {
        Count(field, tally);
        if (!tally.Perfect)
        {
            Miss(field, expected, got);
        }
    }
}

/// <summary>
/// Scores an analysis (the JSON of <c>POST /resume/analyze</c>, or null when the service refused the file) against a
/// resume's truth. Roles and schools are paired one to one, best agreement first, so one misread entry does not
/// shift every entry after it.
/// </summary>
public static class ResumeScoring
{
    public static readonly string[] FieldNames =
        ["name", "email", "phone", "location", "sections", "employer", "title", "start", "end", "school", "degree", "year", "skills", "bullets", "score>=70"];

    public static ResumeScore Score(ResumeTruth truth, string documentText, JsonElement? analysis)
    {
        var sheet = new ScoreSheet();

        var contact = analysis?.GetProperty("contact");
        Single(sheet.Add, "name", truth.Contact.Name, Text(contact, "name"), FieldMatch.SameText);
        Single(sheet.Add, "email", truth.Contact.Email, Text(contact, "email"), FieldMatch.SameEmail);
        Single(sheet.Add, "phone", truth.Contact.Phone, Text(contact, "phone"), FieldMatch.SamePhone);
        Single(sheet.Add, "location", truth.Contact.Location, Text(contact, "location"), FieldMatch.SameLocation);

        // "other" is the parser's word for a heading it has no kind for: neither right nor wrong here.
        var kinds = Items(analysis, "sections").Select(s => Text(s, "kind") ?? "").Where(k => k != "other").ToHashSet();
        var expectedKinds = truth.SectionKinds.ToHashSet();
        sheet.Add("sections", Tally.Of(kinds.Count(expectedKinds.Contains), kinds.Count, expectedKinds.Count),
            string.Join(", ", expectedKinds.Order()), string.Join(", ", kinds.Order()));

        var entries = Items(analysis, "experience").ToList();
        EntryPairing.Roles(truth.Experience, entries, sheet);
        EntryPairing.Schools(truth.Education, Items(analysis, "education").ToList(), sheet);

        // A listed skill is found when a reported skill is written that way (by name or by one of its taxonomy forms);
        // a reported skill is right when the document shows one of its forms.
        var skills = Items(analysis, "skills").Select(s => Text(s, "name") ?? "").ToList();
        var reportedForms = skills.SelectMany(SkillForms.Of).ToHashSet();
        var foldedText = FieldMatch.Fold(documentText);
        var missing = truth.Skills.Where(s => !reportedForms.Contains(FieldMatch.Fold(s))).ToList();
        var invented = skills.Where(s => !SkillForms.Of(s).Any(form => FieldMatch.InText(foldedText, form))).ToList();
        sheet.Add("skills", new Tally(skills.Count - invented.Count, skills.Count, truth.Skills.Count - missing.Count, truth.Skills.Count),
            "missing: " + string.Join(", ", missing), "not in the text: " + string.Join(", ", invented));

        Bullets(sheet.Add, truth.Experience.SelectMany(r => r.Bullets).ToList(),
            entries.SelectMany(e => Items(e, "bullets")).Select(b => b.GetString() ?? "").ToList());

        var score = analysis?.GetProperty("atsScore").GetInt32() ?? 0;
        sheet.Add("score>=70", Tally.Of(truth.WellWritten && score >= 70 ? 1 : 0, score >= 70 ? 1 : 0, truth.WellWritten ? 1 : 0),
            truth.WellWritten ? "well written, >= 70" : "weak, < 70", score.ToString(CultureInfo.InvariantCulture));
        return new ResumeScore(sheet.Fields, sheet.Misses);
    }

    /// <summary>A truth bullet is intact when one reported bullet holds exactly its words (each reported bullet used once).</summary>
    private static void Bullets(Action<string, Tally, string, string?> add, List<string> truth, List<string> reported)
    {
        var left = reported.Select(FieldMatch.Fold).ToList();
        var broken = new List<string>();
        foreach (var bullet in truth)
        {
            var at = left.IndexOf(FieldMatch.Fold(bullet));
            if (at >= 0)
            {
                left.RemoveAt(at);
            }
            else
            {
                broken.Add(bullet);
            }
        }
        var correct = truth.Count - broken.Count;
        add("bullets", Tally.Of(correct, reported.Count, truth.Count),
            broken.FirstOrDefault() ?? "", broken.Count == 0 ? "" : Closest(broken[0], reported));
    }

    // The reported bullet sharing most words with a broken one: shows whether it was split, merged or lost.
    private static string Closest(string bullet, List<string> reported)
    {
        var words = FieldMatch.Fold(bullet).Split(' ').ToHashSet();
        return reported.OrderByDescending(r => FieldMatch.Fold(r).Split(' ').Count(words.Contains)).FirstOrDefault() ?? "";
    }

    private static void Single(Action<string, Tally, string, string?> add, string field, string expected, string? got, Func<string, string?, bool> same) =>
        add(field, Tally.Of(same(expected, got) ? 1 : 0, got is null ? 0 : 1, 1), expected, got);

    internal static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static IEnumerable<JsonElement> Items(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
