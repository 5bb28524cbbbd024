using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Resumes;

public sealed class ResumeOptions
{
    public const string SectionName = "Resumes";

    /// <summary>5 MB (DESIGN.md section 3).</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>A saved analysis is a few KB; the cap keeps one client from filling the store.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxAnalysisBytes { get; set; } = 256 * 1024;
}

public sealed class MlClientOptions
{
    public const string SectionName = "Ml";

    /// <summary>Resolved by service discovery; the AppHost names the ML service <c>ml</c>.</summary>
    [Required]
    public string BaseAddress { get; set; } = "https+http://ml";

    /// <summary>Long enough for OCR of a few scanned pages (about 2 s a page).</summary>
    [Range(1, 600)]
    public int ExtractTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// The retry of a pending extraction happens inside someone's GET; past this the GET answers with the text still
    /// pending rather than wait out a hanging ML service.
    /// </summary>
    [Range(1, 600)]
    public int ReadRetryTimeoutSeconds { get; set; } = 10;
}
