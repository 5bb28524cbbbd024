using System.Text.Json;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>
/// Pairs the truth's roles (or schools) with the analysis's entries, one to one, the pairs that agree on most fields
/// first; then tallies each field over the pairs. An entry left unpaired still counts as an answer given.
/// </summary>
internal static class EntryPairing
{
    public static void Roles(IReadOnlyList<RoleTruth> roles, List<JsonElement> entries, ScoreSheet sheet)
    {
        var fields = new (string Name, Func<RoleTruth, string> Truth, string Property, Func<string, string?, bool> Same)[]
        {
            ("employer", r => r.Employer, "organization", FieldMatch.SameText),
            ("title", r => r.Title, "title", FieldMatch.SameText),
            ("start", r => r.Start, "start", FieldMatch.SameDate),
            ("end", r => r.End, "end", FieldMatch.SameDate),
        };
        Tally(roles, entries, fields, sheet);
    }

    public static void Schools(IReadOnlyList<SchoolTruth> schools, List<JsonElement> entries, ScoreSheet sheet)
    {
        var fields = new (string Name, Func<SchoolTruth, string> Truth, string Property, Func<string, string?, bool> Same)[]
        {
            ("school", s => s.Institution, "institution", FieldMatch.SameText),
            ("degree", s => s.Degree, "degree", FieldMatch.SameText),
            ("year", s => s.Year, "year", FieldMatch.SameDate),
        };
        Tally(schools, entries, fields, sheet);
    }

    private static void Tally<T>(
        IReadOnlyList<T> truths,
        List<JsonElement> entries,
        (string Name, Func<T, string> Truth, string Property, Func<string, string?, bool> Same)[] fields,
        ScoreSheet sheet)
    {
        var agreement = new List<(int Truth, int Entry, int Fields)>();
        for (var t = 0; t < truths.Count; t++)
        {
            for (var e = 0; e < entries.Count; e++)
            {
                // The first field (employer, school) weighs double: it is what makes an entry that entry.
                var count = fields.Select((f, i) => f.Same(f.Truth(truths[t]), ResumeScoring.Text(entries[e], f.Property)) ? (i == 0 ? 2 : 1) : 0).Sum();
                if (count > 0)
                {
                    agreement.Add((t, e, count));
                }
            }
        }
        var pairs = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        // Stable order: most agreement first, then the truth's order, then the entry's.
        foreach (var (t, e, _) in agreement.OrderByDescending(a => a.Fields).ThenBy(a => a.Truth).ThenBy(a => a.Entry))
        {
            if (!pairs.ContainsKey(t) && taken.Add(e))
            {
                pairs[t] = e;
            }
        }
        // Entries nobody paired are still answers: their fields lower precision.
        foreach (var f in fields)
        {
            var answers = entries.Count(e => ResumeScoring.Text(e, f.Property) is not null);
            var correct = 0;
            for (var t = 0; t < truths.Count; t++)
            {
                var expected = f.Truth(truths[t]);
                var got = pairs.TryGetValue(t, out var e) ? ResumeScoring.Text(entries[e], f.Property) : null;
                if (f.Same(expected, got))
                {
                    correct++;
                }
                else
                {
                    sheet.Miss(f.Name, expected, got);
                }
            }
            sheet.Count(f.Name, Generality.Tally.Of(correct, answers, truths.Count));
        }
    }
}
