using System.Diagnostics;

namespace CareerCraft.ResumeGenerator.Rendering;

/// <summary>
/// The renderers that are other programs: Chromium's print-to-PDF (as a resume builder's "download PDF" does) and
/// LibreOffice's DOCX to PDF export (as Word's "Save as PDF" does). Each is used only when installed.
/// </summary>
public static class ExternalRenderers
{
    /// <summary>CHROMIUM_PATH, else Debian's /usr/bin/chromium, else null.</summary>
    public static string? FindChromium() => FirstExisting(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser");

    public static string? FindLibreOffice() => FirstExisting("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");

    public static async Task ChromiumPdfAsync(string chromium, string htmlPath, string pdfPath)
    {
        await RunAsync(chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
             $"--print-to-pdf={Path.GetFullPath(pdfPath)}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri]);
    }

    /// <summary>Converts DOCX files in one LibreOffice run (its start-up costs seconds); PDFs keep the files' names.</summary>
    public static async Task LibreOfficePdfAsync(string soffice, IReadOnlyList<string> docxPaths, string outputFolder)
    {
        // A private profile, so a LibreOffice the user has open does not take the conversion over.
        var profile = Path.Combine(Path.GetTempPath(), "careercraft-resume-generator-lo");
        await RunAsync(soffice,
            [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--convert-to", "pdf", "--outdir",
             Path.GetFullPath(outputFolder), .. docxPaths.Select(Path.GetFullPath)]);
    }

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string? FirstExisting(params string?[] paths) =>
        paths.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));
}
