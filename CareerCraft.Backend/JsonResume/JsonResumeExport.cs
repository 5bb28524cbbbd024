using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerCraft.Contracts.Ml;

namespace CareerCraft.Backend.JsonResume;

/// <summary>
/// A saved analysis (the ML service's reading of a resume) as a JSON Resume 1.0 document: basics, work, education,
/// skills, projects, certificates and languages. Only what was read is written: a field the reading lacks is left out
/// rather than filled with a guess, and a date the schema cannot hold (e.g. "Summer 2019") is dropped.
/// </summary>
public static partial class JsonResumeExport
{
    public static JsonObject From(AnalysisResponse analysis)
    {
        var document = new JsonObject { ["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json" };
        document["basics"] = Basics(analysis);
        document["work"] = new JsonArray([.. Items(analysis.Experience).Select(Work)]);
        document["education"] = new JsonArray([.. Items(analysis.Education).Select(Education)]);
        document["skills"] = new JsonArray([.. Items(analysis.Skills)
            .GroupBy(s => Text(s.Category) ?? "Skills")
            .Select(g => (JsonNode)new JsonObject
            {
                ["name"] = g.Key,
                ["keywords"] = new JsonArray([.. g.Select(s => Text(s.Name)).OfType<string>().Select(n => (JsonNode)n)]),
            })]);
        document["projects"] = new JsonArray([.. SectionLines(analysis, "projects").Select(l => (JsonNode)new JsonObject { ["name"] = l })]);
        document["certificates"] = new JsonArray([.. SectionLines(analysis, "certifications").Select(l => (JsonNode)new JsonObject { ["name"] = l })]);
        document["languages"] = new JsonArray([.. SectionLines(analysis, "languages").Select(l => (JsonNode)new JsonObject { ["language"] = l })]);
        document["meta"] = new JsonObject { ["version"] = "v1.0.0", ["canonical"] = "https://jsonresume.org/schema/" };
        return document;
    }

    private static JsonObject Basics(AnalysisResponse analysis)
    {
        var basics = new JsonObject();
        var contact = analysis.Contact;
        Set(basics, "name", Text(contact.Name));
        Set(basics, "email", Text(contact.Email));
        Set(basics, "phone", Text(contact.Phone));
        if (Text(contact.Location) is { } location)
        {
            basics["location"] = new JsonObject { ["address"] = location };
        }
        if (SectionText(analysis, "summary") is { } summary)
        {
            basics["summary"] = summary;
        }
        var profiles = new JsonArray();
        foreach (var link in Items(contact.Links))
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

    private static JsonNode Work(ExperienceEntry entry)
    {
        var work = new JsonObject();
        Set(work, "name", Text(entry.Organization));
        Set(work, "position", Text(entry.Title));
        Set(work, "startDate", Date(Text(entry.Start)));
        Set(work, "endDate", Date(Text(entry.End)));
        work["highlights"] = new JsonArray([.. Items(entry.Bullets).Select(b => (JsonNode)b)]);
        return work;
    }

    private static JsonNode Education(EducationEntry entry)
    {
        var education = new JsonObject();
        Set(education, "institution", Text(entry.Institution));
        Set(education, "studyType", Text(entry.Degree));
        Set(education, "endDate", Date(Text(entry.Year)));
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

    private static IEnumerable<string> SectionLines(AnalysisResponse analysis, string kind) =>
        (SectionText(analysis, kind) ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('•', '-', '*', '·').Trim())
            .Where(l => l.Length > 0);

    /// <summary>The text of the first section of that kind (only the top-level fields are checked when saved).</summary>
    private static string? SectionText(AnalysisResponse analysis, string kind) =>
        Items(analysis.Sections).FirstOrDefault(s => Text(s.Kind) == kind) is { } section ? Text(section.Text) : null;

    /// <summary>
    /// A list of the analysis without null items: the save checks the analysis's own fields, not each item's, so a
    /// null item or a missing nested list is read as nothing rather than failing the export.
    /// </summary>
    private static IEnumerable<T> Items<T>(IReadOnlyList<T?>? items) where T : class => items?.OfType<T>() ?? [];

    /// <summary>The text trimmed; null when missing or blank, so the field is left out.</summary>
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
