using System.Globalization;
using System.Text;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>One document's result: its score, and whether the service refused it (then every field is missed).</summary>
public sealed record ScoredDocument(EvaluationDocument Document, ResumeScore Score, string? Refusal);

/// <summary>
/// The evaluation's report as markdown: per-field precision and recall overall, recall broken down by renderer and
/// by each layout choice (where failures concentrate), and examples of misses to guide the parser work.
/// </summary>
public static class GeneralityReport
{
    private const int ExamplesPerField = 6;

    public static Dictionary<string, Tally> Totals(IEnumerable<ScoredDocument> documents)
    {
        var totals = ResumeScoring.FieldNames.ToDictionary(f => f, _ => Tally.Zero);
        foreach (var document in documents)
        {
            foreach (var (field, tally) in document.Score.Fields)
            {
                totals[field] += tally;
            }
        }
        return totals;
    }

    public static string Markdown(SetHalf half, IReadOnlyList<ScoredDocument> documents, IReadOnlyList<string> notes, TimeSpan elapsed)
    {
        var md = new StringBuilder();
        var resumes = documents.Select(d => d.Document.Truth.Seed).Distinct().Count();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Generality evaluation: {Labels.Of(half)} half")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{documents.Count} documents: {resumes} generated resumes × renderers ({string.Join(", ", documents.GroupBy(d => d.Document.Renderer).Select(g => $"{g.Key} {g.Count()}"))}); {documents.Count(d => d.Refusal is not null)} refused; {elapsed.TotalSeconds:0} s.");
        foreach (var note in notes)
        {
            md.AppendLine().AppendLine("- " + note);
        }

        md.AppendLine().AppendLine("## All documents").AppendLine()
            .AppendLine("| field | precision | recall | right / answers | found / truths |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (field, tally) in Totals(documents))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {Percent(tally.Precision)} | {Percent(tally.Recall)} | {tally.RightAnswers} / {tally.Answers} | {tally.FoundTruths} / {tally.Truths} |");
        }

        Breakdown(md, "Precision by renderer", documents, d => d.Document.Renderer, precision: true);
        Breakdown(md, "Recall by renderer", documents, d => d.Document.Renderer);
        Breakdown(md, "Recall by arrangement", documents, d => Labels.Of(d.Document.Truth.Style.Arrangement));
        Breakdown(md, "Recall by header style", documents, d => Labels.Of(d.Document.Truth.Style.Header));
        Breakdown(md, "Recall by entry style", documents, d => Labels.Of(d.Document.Truth.Style.Entry));
        Breakdown(md, "Recall by date style", documents, d => Labels.Of(d.Document.Truth.Style.Dates));
        Breakdown(md, "Recall by profession", documents, d => d.Document.Truth.Profession);
        Breakdown(md, "Recall of PdfPig PDFs by text kind", documents.Where(d => d.Document.Renderer == EvaluationSet.PdfPig).ToList(),
            d => d.Document.Truth.Style.WordPositioned ? "word-positioned (no spaces)" : "runs with spaces");

        md.AppendLine().AppendLine("## Examples of misses").AppendLine();
        foreach (var field in ResumeScoring.FieldNames)
        {
            var examples = documents
                .SelectMany(d => d.Score.Misses.Where(m => m.Field == field).Take(1).Select(m => (d.Document, Miss: m)))
                .Take(ExamplesPerField)
                .ToList();
            if (examples.Count == 0)
            {
                continue;
            }
            md.AppendLine(CultureInfo.InvariantCulture, $"**{field}**").AppendLine();
            foreach (var (document, miss) in examples)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{document.Truth.Id}` [{document.Renderer}]: expected `{Cell(miss.Expected)}`, got `{Cell(miss.Got)}`");
            }
            md.AppendLine();
        }
        foreach (var refused in documents.Where(d => d.Refusal is not null).Take(ExamplesPerField))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- refused `{refused.Document.Truth.Id}` [{refused.Document.Renderer}]: {Cell(refused.Refusal!)}");
        }
        return md.ToString();
    }

    private static void Breakdown(StringBuilder md, string title, IReadOnlyList<ScoredDocument> documents, Func<ScoredDocument, string> key, bool precision = false)
    {
        if (documents.Count == 0)
        {
            return;
        }
        md.AppendLine().AppendLine("## " + title).AppendLine()
            .AppendLine("| | docs | " + string.Join(" | ", ResumeScoring.FieldNames) + " |")
            .AppendLine("|---|---:|" + string.Concat(ResumeScoring.FieldNames.Select(_ => "---:|")));
        foreach (var group in documents.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var totals = Totals(group);
            var cells = string.Join(" | ", ResumeScoring.FieldNames.Select(f => Percent(precision ? totals[f].Precision : totals[f].Recall)));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {cells} |");
        }
    }

    /// <summary>Every miss, one a line (field, document, renderer, expected, got), for sorting and counting.</summary>
    public static string MissesTsv(IReadOnlyList<ScoredDocument> documents)
    {
        var tsv = new StringBuilder("field\tdocument\trenderer\texpected\tgot\n");
        foreach (var document in documents)
        {
            foreach (var miss in document.Score.Misses)
            {
                tsv.AppendLine(CultureInfo.InvariantCulture, $"{miss.Field}\t{document.Document.Truth.Id}\t{document.Document.Renderer}\t{Flat(miss.Expected)}\t{Flat(miss.Got)}");
            }
        }
        return tsv.ToString();
    }

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ');

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static string Cell(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('`', '\'').Replace("|", "\\|");
        return flat.Length > 140 ? flat[..140] + "…" : flat;
    }
}
