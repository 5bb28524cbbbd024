using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerCraft.Backend.JsonResume;

/// <summary>
/// A saved analysis (the ML service's reading of a resume) as a JSON Resume 1.0 document: basics, work, education,
/// skills, projects, certificates and languages. Only what was read is written: a field the reading lacks is left out
/// rather than filled with a guess, and a date the schema cannot hold (e.g. "Summer 2019") is dropped.
/// </summary>
public static partial class JsonResumeExport
{
    public static JsonObject From(JsonElement analysis)
    {
        var document = new JsonObject { ["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json" };
        document["basics"] = Basics(analysis);
        document["work"] = new JsonArray([.. Array(analysis, "experience").Select(Work)]);
        document["education"] = new JsonArray([.. Array(analysis, "education").Select(Education)]);
        document["skills"] = new JsonArray([.. Array(analysis, "skills")
            .GroupBy(s => Text(s, "category") ?? "Skills")
            .Select(g => (JsonNode)new JsonObject
            {
                ["name"] = g.Key,
                ["keywords"] = new JsonArray([.. g.Select(s => Text(s, "name")).Where(n => n is not null).Select(n => (JsonNode)n!)]),
            })]);
        document["projects"] = new JsonArray([.. SectionLines(analysis, "projects").Select(l => (JsonNode)new JsonObject { ["name"] = l })]);
        document["certificates"] = new JsonArray([.. SectionLines(analysis, "certifications").Select(l => (JsonNode)new JsonObject { ["name"] = l })]);
        document["languages"] = new JsonArray([.. SectionLines(analysis, "languages").Select(l => (JsonNode)new JsonObject { ["language"] = l })]);
        document["meta"] = new JsonObject { ["version"] = "v1.0.0", ["canonical"] = "https://jsonresume.org/schema/" };
        return document;
    }

    private static JsonObject Basics(JsonElement analysis)
    {
        var basics = new JsonObject();
        if (!analysis.TryGetProperty("contact", out var contact) || contact.ValueKind != JsonValueKind.Object)
        {
            return basics;
        }
        Set(basics, "name", Text(contact, "name"));
        Set(basics, "email", Text(contact, "email"));
        Set(basics, "phone", Text(contact, "phone"));
        if (Text(contact, "location") is { } location)
        {
            basics["location"] = new JsonObject { ["address"] = location };
        }
        if (SectionText(analysis, "summary") is { } summary)
        {
            basics["summary"] = summary;
        }
        var profiles = new JsonArray();
        foreach (var link in Array(contact, "links").Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : null).OfType<string>())
        {
            var url = link.Contains("://", StringComparison.Ordinal) ? link : "https://" + link;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                profiles.Add(new JsonObject { ["network"] = Network(uri.Host), ["url"] = uri.ToString() });
            }
        }
        basics["profiles"] = profiles;
        return basics;
    }

    private static JsonNode Work(JsonElement entry)
    {
        var work = new JsonObject();
        Set(work, "name", Text(entry, "organization"));
        Set(work, "position", Text(entry, "title"));
        Set(work, "startDate", Date(Text(entry, "start")));
        Set(work, "endDate", Date(Text(entry, "end")));
        work["highlights"] = new JsonArray([.. Array(entry, "bullets").Where(b => b.ValueKind == JsonValueKind.String).Select(b => (JsonNode)b.GetString()!)]);
        return work;
    }

    private static JsonNode Education(JsonElement entry)
    {
        var education = new JsonObject();
        Set(education, "institution", Text(entry, "institution"));
        Set(education, "studyType", Text(entry, "degree"));
        Set(education, "endDate", Date(Text(entry, "year")));
        return education;
    }

    /// <summary>The schema's ISO 8601 subset: yyyy, yyyy-MM or yyyy-MM-dd; "Jun 2018" and "06/2018" are read as yyyy-MM.</summary>
    public static string? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        if (IsoDate().IsMatch(trimmed))
        {
            return trimmed;
        }
        foreach (var format in new[] { "MMM yyyy", "MMMM yyyy", "MM/yyyy", "M/yyyy", "MMM. yyyy" })
        {
            if (DateTime.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            }
        }
        return YearOnly().Match(trimmed) is { Success: true } year ? year.Value : null;
    }

    private static string Network(string host)
    {
        var h = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        return h.Split('.')[0] switch
        {
            "linkedin" => "LinkedIn",
            "github" => "GitHub",
            "gitlab" => "GitLab",
            "twitter" or "x" => "Twitter",
            var other => other,
        };
    }

    private static IEnumerable<string> SectionLines(JsonElement analysis, string kind) =>
        (SectionText(analysis, kind) ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('•', '-', '*', '·').Trim())
            .Where(l => l.Length > 0);

    private static string? SectionText(JsonElement analysis, string kind) =>
        Array(analysis, "sections").FirstOrDefault(s => Text(s, "kind") == kind) is { ValueKind: JsonValueKind.Object } section
            ? Text(section, "text")
            : null;

    private static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    [GeneratedRegex("^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("\\b[1-2][0-9]{3}\\b")]
    private static partial Regex YearOnly();
}
