using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.CoverLetters;

internal static class CoverLetterValidation
{
    public static readonly string[] Tones = ["formal", "confident", "friendly"];

    public static ValidationErrors Validate(SaveCoverLetterRequest request)
    {
        var errors = new ValidationErrors();
        errors.Text("companyName", request.CompanyName, 200, required: true);
        errors.Text("jobTitle", request.JobTitle, 200, required: true);
        errors.Text("jobDescription", request.JobDescription, 20_000);
        if (!string.IsNullOrWhiteSpace(request.Tone) && !Tones.Contains(request.Tone.Trim().ToLowerInvariant()))
        {
            errors.Add("tone", $"One of: {string.Join(", ", Tones)}.");
        }

        var letter = request.CoverLetter;
        if (letter is null)
        {
            errors.Add("coverLetter", "Required: greeting, body paragraphs, closing, signOff and candidateName.");
            return errors;
        }
        errors.Text("coverLetter.greeting", letter.Greeting, 200);
        if (letter.Body is null || letter.Body.Count == 0)
        {
            errors.Add("coverLetter.body", "At least one paragraph.");
        }
        errors.List("coverLetter.body", letter.Body, maxItems: 20, maxLength: 5_000);
        errors.Text("coverLetter.closing", letter.Closing, 1_000);
        errors.Text("coverLetter.signOff", letter.SignOff, 100);
        errors.Text("coverLetter.candidateName", letter.CandidateName, 100);
        return errors;
    }

    /// <summary>Copies a validated request onto a record (owner, id and times are set by the caller).</summary>
    public static void Apply(SaveCoverLetterRequest request, CoverLetter target)
    {
        var letter = request.CoverLetter!;
        target.CompanyName = request.CompanyName!.Trim();
        target.JobTitle = request.JobTitle!.Trim();
        target.JobDescription = request.JobDescription?.Trim() ?? "";
        target.Tone = string.IsNullOrWhiteSpace(request.Tone) ? Tones[0] : request.Tone.Trim().ToLowerInvariant();
        target.Content = new CoverLetterContent
        {
            Greeting = letter.Greeting?.Trim() ?? "",
            Body = letter.Body!.Select(p => p.Trim()).ToList(),
            Closing = letter.Closing?.Trim() ?? "",
            SignOff = letter.SignOff?.Trim() ?? "",
            CandidateName = letter.CandidateName?.Trim() ?? "",
        };
    }
}
