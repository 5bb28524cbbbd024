using CareerCraft.ResumeGenerator.Model;
using CareerCraft.ResumeGenerator.Rendering;

namespace CareerCraft.ResumeGenerator;

/// <summary>
/// Writes generated resumes and their truth to a folder, to look at or to commit (see README.md):
/// <c>dotnet run --project tools/CareerCraft.ResumeGenerator -- --out DIR [--half fit|heldout|both] [--count N]
/// [--formats docx,pdfpig,html,chromium,libreoffice]</c>.
/// </summary>
internal static class Program
{
    private static readonly string[] AllFormats = ["docx", "pdfpig", "html", "chromium", "libreoffice"];

    private static async Task<int> Main(string[] args)
    {
        var options = Options(args);
        if (!options.TryGetValue("out", out var output))
        {
            Console.Error.WriteLine("Usage: --out DIR [--half fit|heldout|both] [--count N] [--formats " + string.Join(',', AllFormats) + "]");
            return 2;
        }
        var count = int.Parse(options.GetValueOrDefault("count", "12"), System.Globalization.CultureInfo.InvariantCulture);
        var halves = options.GetValueOrDefault("half", "both") switch
        {
            "fit" => new[] { SetHalf.Fit },
            "heldout" => [SetHalf.HeldOut],
            _ => [SetHalf.Fit, SetHalf.HeldOut],
        };
        var formats = options.GetValueOrDefault("formats", "docx,pdfpig,html").Split(',', StringSplitOptions.TrimEntries).ToHashSet();
        var chromium = formats.Contains("chromium") ? ExternalRenderers.FindChromium() ?? throw new InvalidOperationException("Chromium is not installed.") : null;
        var soffice = formats.Contains("libreoffice") ? ExternalRenderers.FindLibreOffice() ?? throw new InvalidOperationException("LibreOffice is not installed.") : null;
        Directory.CreateDirectory(output);
        var scratch = Directory.CreateTempSubdirectory("careercraft-resumes-");
        var forLibreOffice = new List<string>();

        foreach (var seed in halves.SelectMany(h => ResumeFactory.Seeds(h, count)))
        {
            var resume = ResumeFactory.Generate(seed);
            var id = resume.Truth.Id;
            await File.WriteAllTextAsync(Path.Combine(output, id + ".truth.json"), TruthJson.Write(resume.Truth));
            var docx = DocxRenderer.Render(resume);
            if (formats.Contains("docx"))
            {
                await File.WriteAllBytesAsync(Path.Combine(output, id + ".docx"), docx);
            }
            if (formats.Contains("pdfpig"))
            {
                await File.WriteAllBytesAsync(Path.Combine(output, id + ".pdfpig.pdf"), PdfPigRenderer.Render(resume));
            }
            var html = Path.Combine(formats.Contains("html") ? output : scratch.FullName, id + ".html");
            await File.WriteAllTextAsync(html, HtmlRenderer.Render(resume));
            if (chromium is not null)
            {
                await ExternalRenderers.ChromiumPdfAsync(chromium, html, Path.Combine(output, id + ".chromium.pdf"));
            }
            if (soffice is not null)
            {
                var path = Path.Combine(scratch.FullName, id + ".libreoffice.docx");
                await File.WriteAllBytesAsync(path, docx);
                forLibreOffice.Add(path);
            }
            Console.WriteLine(id);
        }
        if (soffice is not null && forLibreOffice.Count > 0)
        {
            await ExternalRenderers.LibreOfficePdfAsync(soffice, forLibreOffice, output);
        }
        scratch.Delete(recursive: true);
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }
        return options;
    }
}
