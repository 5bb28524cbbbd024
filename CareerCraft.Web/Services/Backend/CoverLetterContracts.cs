namespace CareerCraft.Web.Services.Backend;

/// <summary>A letter in parts, as the ML service writes it and the backend stores and exports it.</summary>
public sealed class CoverLetterContent
{
    public string Greeting { get; set; } = "";
    public List<string> Body { get; set; } = [];
    public string Closing { get; set; } = "";
    public string SignOff { get; set; } = "";
    public string CandidateName { get; set; } = "";

    /// <summary>The ML service's letter as an editable draft.</summary>
    public static CoverLetterContent From(CoverLetter letter) => new()
    {
        Greeting = letter.Greeting,
        Body = [.. letter.Body],
        Closing = letter.Closing,
        SignOff = letter.SignOff,
        CandidateName = letter.CandidateName,
    };
}

public sealed record SaveCoverLetterRequest(
    string CompanyName, string JobTitle, string JobDescription, string Tone, CoverLetterContent CoverLetter);

public sealed record CoverLetterRecord(
    string Id,
    string CompanyName,
    string JobTitle,
    string? JobDescription,
    string? Tone,
    CoverLetterContent CoverLetter,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);
