namespace CareerCraft.Contracts.Backend;

/// <summary>
/// <c>POST /api/cover-letters</c> and <c>PUT /api/cover-letters/{id}</c>: a letter the person keeps, with the job it
/// was written for. Every field is required; the backend answers what is missing with a 400 naming the field.
/// </summary>
public sealed record SaveCoverLetterRequest(
    string? CompanyName,
    string? JobTitle,
    string? JobDescription,
    string? Tone,
    LetterContent? CoverLetter);

/// <summary>The letter itself, in parts: the shape the ML service's generator writes (<c>CoverLetter</c>) and the editor edits.</summary>
public sealed record LetterContent(
    string? Greeting,
    IReadOnlyList<string>? Body,
    string? Closing,
    string? SignOff,
    string? CandidateName);

/// <summary>A saved letter: <c>GET /api/cover-letters</c> (a page of them) and <c>GET /api/cover-letters/{id}</c>.</summary>
public sealed record SavedCoverLetter(
    string Id,
    string CompanyName,
    string JobTitle,
    string JobDescription,
    string Tone,
    LetterContent CoverLetter,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
