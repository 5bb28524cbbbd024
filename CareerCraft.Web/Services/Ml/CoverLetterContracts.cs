using CareerCraft.Web.Services.Backend;

namespace CareerCraft.Web.Services.Ml;

public sealed record GenerateCoverLetterRequest(
    string ResumeText, string? CandidateName, string CompanyName, string JobTitle, string JobDescription, string Tone);

public sealed record GeneratedCoverLetter(
    CoverLetterContent CoverLetter, string? Text, string? Generator, string? Model, IReadOnlyList<string>? MissingSkills);
