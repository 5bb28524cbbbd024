using System.Text.Json;
using Json.Schema;

namespace CareerCraft.Backend.JsonResume;

/// <summary>
/// The JSON Resume schema of the <c>@jsonresume/schema</c> package (Data/schema.json, MIT), loaded once. Errors are
/// keyed by the JSON Pointer of the value at fault (<c>/work/0/startDate</c>), the path a person can find in their file.
/// </summary>
public static class JsonResumeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(JsonResumeSchema).Assembly.GetManifestResourceStream("CareerCraft.Backend.JsonResume.Data.schema.json")
            ?? throw new InvalidOperationException("The JSON Resume schema is not embedded in the build.");
        using var reader = new StreamReader(stream);
        // A registry of its own: the schema's $id (http://example.com/example.json) would clash in the shared one
        // with any other copy of it built in the process.
        return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    public static Dictionary<string, List<string>> Validate(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (results.IsValid)
        {
            return errors;
        }
        foreach (var detail in results.Details ?? [])
        {
            foreach (var message in detail.Errors?.Values ?? Enumerable.Empty<string>())
            {
                var path = detail.InstanceLocation.ToString();
                var key = string.IsNullOrEmpty(path) ? "/" : path;
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }
                list.Add(message);
            }
        }
        if (errors.Count == 0)
        {
            errors["/"] = ["Does not match the JSON Resume schema."];
        }
        return errors;
    }
}
