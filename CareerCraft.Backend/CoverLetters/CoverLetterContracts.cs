using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.CoverLetters;

public sealed record CoverLetterRequest(
    string? CompanyName,
    string? JobTitle,
    string? JobDescription,
    string? Tone,
    CoverLetterBody? CoverLetter);

/// <summary>The letter itself, in the shape the ML service's generator returns it.</summary>
public sealed record CoverLetterBody(
    string? Greeting,
    IReadOnlyList<string>? Body,
    string? Closing,
    string? SignOff,
    string? CandidateName);

public sealed record CoverLetterResponse(
    string Id,
    string CompanyName,
    string JobTitle,
    string JobDescription,
    string Tone,
    CoverLetterBody CoverLetter,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CoverLetterResponse From(CoverLetter c) => new(
        c.Id, c.CompanyName, c.JobTitle, c.JobDescription, c.Tone,
        new CoverLetterBody(c.Content.Greeting, c.Content.Body, c.Content.Closing, c.Content.SignOff, c.Content.CandidateName),
        c.CreatedAt, c.UpdatedAt);
}
