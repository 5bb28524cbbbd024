using CareerCraft.ResumeGenerator;
using CareerCraft.ResumeGenerator.Model;
using CareerCraft.ResumeGenerator.Rendering;

namespace CareerCraft.Tests.Ml.Generality;

/// <summary>One generated resume as one renderer made it, ready to upload.</summary>
/// <param name="DocumentText">Every word the resume shows, for judging reported skills.</param>
public sealed record EvaluationDocument(ResumeTruth Truth, string DocumentText, string Renderer, string FileName, byte[] Bytes);

/// <summary>
/// The documents of one half: every resume as DOCX and as a PdfPig-drawn PDF (made here, in memory), printed by
/// Chromium when it is installed, and the LibreOffice PDFs committed under TestData/generated (LibreOffice is
/// seldom installed, so those were made once with the generator's command).
/// </summary>
public static class EvaluationSet
{
    public const string Docx = "docx";
    public const string PdfPig = "pdfpig";
    public const string Chromium = "chromium";
    public const string LibreOffice = "libreoffice";

    public static string CommittedFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "generated", LibreOffice);

    /// <summary>The documents, and notes on renderers that were skipped.</summary>
    public static async Task<(List<EvaluationDocument> Documents, List<string> Notes)> BuildAsync(SetHalf half, int count)
    {
        var resumes = ResumeFactory.Seeds(half, count).Select(ResumeFactory.Generate).ToList();
        var documents = new List<EvaluationDocument>();
        var notes = new List<string>();
        foreach (var resume in resumes)
        {
            var text = resume.Plan.AllText();
            documents.Add(new EvaluationDocument(resume.Truth, text, Docx, resume.Truth.Id + ".docx", DocxRenderer.Render(resume)));
            documents.Add(new EvaluationDocument(resume.Truth, text, PdfPig, resume.Truth.Id + ".pdf", PdfPigRenderer.Render(resume)));
        }

        await using (var printer = await ChromiumPrinter.TryStartAsync())
        {
            if (printer is null)
            {
                notes.Add("chromium: SKIPPED, not installed (Debian package `chromium`, or set CHROMIUM_PATH).");
            }
            else
            {
                foreach (var resume in resumes)
                {
                    var pdf = await printer.PrintAsync(HtmlRenderer.Render(resume));
                    documents.Add(new EvaluationDocument(resume.Truth, resume.Plan.AllText(), Chromium, resume.Truth.Id + ".pdf", pdf));
                }
            }
        }

        documents.AddRange(Committed(half));
        if (!documents.Any(d => d.Renderer == LibreOffice))
        {
            notes.Add($"libreoffice: SKIPPED, no committed PDFs of this half under {CommittedFolder}.");
        }
        return (documents, notes);
    }

    private static IEnumerable<EvaluationDocument> Committed(SetHalf half)
    {
        if (!Directory.Exists(CommittedFolder))
        {
            yield break;
        }
        foreach (var truthFile in Directory.EnumerateFiles(CommittedFolder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var committed = TruthJson.Read(File.ReadAllText(truthFile));
            if (committed.Half != half)
            {
                continue;
            }
            // The PDFs were made from the generator's output for their seed: if the generator has changed since,
            // their truth no longer matches and they must be made again (README.md beside them says how).
            var resume = ResumeFactory.Generate(committed.Seed);
            Assert.True(TruthJson.Write(resume.Truth) == TruthJson.Write(committed),
                $"{Path.GetFileName(truthFile)} no longer matches the generator's seed {committed.Seed}: regenerate {CommittedFolder} (see its README.md).");
            var pdf = Path.Combine(CommittedFolder, resume.Truth.Id + ".libreoffice.pdf");
            yield return new EvaluationDocument(resume.Truth, resume.Plan.AllText(), LibreOffice, resume.Truth.Id + ".pdf", File.ReadAllBytes(pdf));
        }
    }
}
