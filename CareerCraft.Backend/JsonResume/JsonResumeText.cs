using System.Text;
using System.Text.Json;

namespace CareerCraft.Backend.JsonResume;

/// <summary>
/// A JSON Resume document as resume text, laid out the way the analysis reads a resume: the name first, a contact
/// line, then headed sections with one line per entry and "• " bullets.
/// </summary>
public static class JsonResumeText
{
    public static string Render(JsonElement resume)
    {
        var text = new StringBuilder();
        var basics = Get(resume, "basics");
        Line(text, S(basics, "name"));
        Line(text, S(basics, "label"));
        var location = Get(basics, "location");
        Line(text, Join(" | ", S(basics, "email"), S(basics, "phone"),
            Join(", ", S(location, "address"), S(location, "city"), S(location, "region"), S(location, "countryCode")), S(basics, "url")));
        Line(text, Join(" | ", [.. Items(basics, "profiles").Select(p => S(p, "url") ?? S(p, "username"))]));

        Section(text, "Summary", S(basics, "summary") is { } summary ? [summary] : []);
        Section(text, "Experience", Items(resume, "work").SelectMany(w => Entry(
            Join(", ", S(w, "position"), S(w, "name")), Dates(w), S(w, "summary"), Strings(w, "highlights"))));
        Section(text, "Education", Items(resume, "education").SelectMany(e => Entry(
            Join(", ", Join(" in ", S(e, "studyType"), S(e, "area")), S(e, "institution")), Dates(e), S(e, "score"), Strings(e, "courses"))));
        Section(text, "Skills", Items(resume, "skills").Select(s =>
            Strings(s, "keywords") is { Count: > 0 } keywords ? $"{S(s, "name")}: {string.Join(", ", keywords)}" : S(s, "name")).OfType<string>());
        Section(text, "Projects", Items(resume, "projects").SelectMany(p => Entry(S(p, "name"), Dates(p), S(p, "description"), Strings(p, "highlights"))));
        Section(text, "Certifications", Items(resume, "certificates").Select(c => Join(", ", S(c, "name"), S(c, "issuer"), S(c, "date"))).OfType<string>());
        Section(text, "Languages", Items(resume, "languages").Select(l =>
            S(l, "fluency") is { } fluency ? $"{S(l, "language")} ({fluency})" : S(l, "language")).OfType<string>());
        return text.ToString().Trim();
    }

    private static IEnumerable<string> Entry(string? heading, string? dates, string? summary, IReadOnlyList<string> bullets)
    {
        if (Join(" ", heading, dates) is { } first)
        {
            yield return first;
        }
        if (summary is not null)
        {
            yield return summary;
        }
        foreach (var bullet in bullets)
        {
            yield return "• " + bullet;
        }
    }

    private static string? Dates(JsonElement entry) =>
        S(entry, "startDate") is { } start ? $"{start} – {S(entry, "endDate") ?? "Present"}" : S(entry, "endDate");

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count == 0)
        {
            return;
        }
        text.AppendLine().AppendLine(heading.ToUpperInvariant());
        foreach (var line in all)
        {
            text.AppendLine(line);
        }
    }

    private static void Line(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            text.AppendLine(line);
        }
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    private static JsonElement Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    private static IEnumerable<JsonElement> Items(JsonElement obj, string name) =>
        Get(obj, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object) : [];

    private static string? S(JsonElement obj, string name) =>
        Get(obj, name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    private static List<string> Strings(JsonElement obj, string name) =>
        Get(obj, name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())).Select(v => v.GetString()!.Trim()).ToList()
            : [];
}
