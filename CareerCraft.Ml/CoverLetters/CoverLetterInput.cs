using CareerCraft.Contracts;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>A request checked and trimmed: every field present, within its limit, tone known.</summary>
public sealed record CoverLetterJob(string ResumeText, string? CandidateName, string CompanyName, string JobTitle, string JobDescription, string Tone);

/// <summary>Validates cover letter requests into clear 400s naming the field and the limit.</summary>
public static class CoverLetterInput
{
    private const int MaxShortField = 200;

    public static (CoverLetterJob? Job, ProblemSpec? Problem) Check(CoverLetterRequest? request)
    {
        if (request is null)
        {
            return (null, Invalid("The body must be JSON {resumeText, candidateName?, companyName, jobTitle, jobDescription, tone}."));
        }
        var tone = string.IsNullOrWhiteSpace(request.Tone) ? Tones.Formal : request.Tone.Trim().ToLowerInvariant();
        if (!Tones.All.Contains(tone))
        {
            return (null, Invalid($"'tone' must be one of {string.Join(", ", Tones.All)}; got '{Shorten(request.Tone!)}'."));
        }
        var problem = TextInput.CheckResume(request.ResumeText, "resumeText", !string.IsNullOrWhiteSpace(request.JobDescription))
            ?? TextInput.CheckJobDescription(request.JobDescription)
            ?? Required(request.CompanyName, "companyName") ?? Short(request.CompanyName, "companyName")
            ?? Required(request.JobTitle, "jobTitle") ?? Short(request.JobTitle, "jobTitle")
            ?? Required(request.JobDescription, "jobDescription")
            ?? Short(request.CandidateName, "candidateName");
        if (problem is not null)
        {
            return (null, problem);
        }
        return (new CoverLetterJob(
            TextInput.Normalize(request.ResumeText!),
            string.IsNullOrWhiteSpace(request.CandidateName) ? null : request.CandidateName.Trim(),
            request.CompanyName!.Trim(),
            request.JobTitle!.Trim(),
            TextInput.Normalize(request.JobDescription!),
            tone), null);
    }

    private static ProblemSpec? Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Invalid($"'{field}' is required.") : null;

    private static ProblemSpec? Short(string? value, string field) =>
        value is not null && value.Length > MaxShortField ? Invalid($"'{field}' has {value.Length} characters; the limit is {MaxShortField}.") : null;

    private static ProblemSpec Invalid(string detail) =>
        new(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "Invalid cover letter request", detail);

    private static string Shorten(string value) => value.Length > 30 ? value[..30] + "…" : value;
}
