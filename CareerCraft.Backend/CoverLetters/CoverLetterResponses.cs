using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.CoverLetters;

public static class CoverLetterResponses
{
    public static SavedCoverLetter From(CoverLetter c) => new(
        c.Id, c.CompanyName, c.JobTitle, c.JobDescription, c.Tone,
        new LetterContent(c.Content.Greeting, c.Content.Body, c.Content.Closing, c.Content.SignOff, c.Content.CandidateName),
        c.CreatedAt, c.UpdatedAt);
}
