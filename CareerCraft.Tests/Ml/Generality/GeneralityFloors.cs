using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCraft.ResumeGenerator.Model;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// The ratchet: per half, renderer and field, the precision and recall the parser has reached (measured minus a small
/// margin, rounded down). The evaluation fails when a result falls below its floor; parser work raises the floors with
/// <c>CAREERCRAFT_EVAL_WRITE_FLOORS=1</c>, which only ever raises them.
/// </summary>
public static class GeneralityFloors
{
    /// <summary>Room for small differences between machines (fonts Chromium finds, for instance).</summary>
    public const double Margin = 0.03;

    public static string File { get; } = Path.Combine(RepositoryRoot.Path, "CareerCraft.Tests", "Ml", "Generality", "generality-floors.json");

    /// <summary>Each result under its floor, as a line for the assertion message.</summary>
    public static List<string> Check(SetHalf half, IReadOnlyList<ScoredDocument> documents)
    {
        var failures = new List<string>();
        var floors = Load()[Labels.Of(half)]?.AsObject();
        if (floors is null)
        {
            return [$"{File} has no floors for the {Labels.Of(half)} half: run once with CAREERCRAFT_EVAL_WRITE_FLOORS=1."];
        }
        foreach (var renderer in documents.GroupBy(d => d.Document.Renderer))
        {
            if (floors[renderer.Key] is not JsonObject fields)
            {
                failures.Add($"{Labels.Of(half)}/{renderer.Key}: no floors recorded (CAREERCRAFT_EVAL_WRITE_FLOORS=1 records them).");
                continue;
            }
            var totals = GeneralityReport.Totals(renderer);
            foreach (var (field, floor) in fields)
            {
                var tally = totals[field];
                Compare(failures, $"{Labels.Of(half)}/{renderer.Key}/{field} precision", tally.Precision, floor?["precision"]?.GetValue<double>());
                Compare(failures, $"{Labels.Of(half)}/{renderer.Key}/{field} recall", tally.Recall, floor?["recall"]?.GetValue<double>());
            }
        }
        return failures;
    }

    /// <summary>Raises the floors of this half to the results less the margin; never lowers one.</summary>
    public static void Raise(SetHalf half, IReadOnlyList<ScoredDocument> documents)
    {
        var root = Load();
        var halfFloors = root[Labels.Of(half)] as JsonObject ?? [];
        root[Labels.Of(half)] = halfFloors;
        foreach (var renderer in documents.GroupBy(d => d.Document.Renderer).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var fields = halfFloors[renderer.Key] as JsonObject ?? [];
            halfFloors[renderer.Key] = fields;
            foreach (var (field, tally) in GeneralityReport.Totals(renderer))
            {
                var old = fields[field];
                fields[field] = new JsonObject
                {
                    ["precision"] = Floor(tally.Precision, old?["precision"]?.GetValue<double>()),
                    ["recall"] = Floor(tally.Recall, old?["recall"]?.GetValue<double>()),
                };
            }
        }
        System.IO.File.WriteAllText(File, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static void Compare(List<string> failures, string what, double? measured, double? floor)
    {
        if (floor is { } f && (measured ?? 0) < f - 1e-9)
        {
            failures.Add($"{what}: {GeneralityReport.Percent(measured)}% is below its floor of {GeneralityReport.Percent(f)}%.");
        }
    }

    private static double Floor(double? measured, double? old) =>
        Math.Max(old ?? 0, Math.Floor(Math.Max(0, (measured ?? 0) - Margin) * 100) / 100);

    private static JsonObject Load() =>
        System.IO.File.Exists(File) ? JsonNode.Parse(System.IO.File.ReadAllText(File))!.AsObject() : new JsonObject
        {
            ["_comment"] = "Floors of the generality evaluation (GeneralityEvaluationTests): per half, renderer and field, the precision and recall reached less a margin. Raise them with CAREERCRAFT_EVAL_WRITE_FLOORS=1; never lower one by hand without saying why in the commit.",
        };
}
