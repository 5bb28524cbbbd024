using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Applications;

/// <summary>
/// Field checks, and that every linked job, resume and letter is the caller's own: another user's id reads as
/// "no such", exactly like an id that does not exist.
/// </summary>
public sealed class ApplicationValidation(IJobRepository jobs, IResumeRepository resumes, ICoverLetterRepository letters)
{
    public const int MaxNotes = 5_000;
    public const int MaxNote = 500;

    public async Task<ValidationErrors> ValidateAsync(string ownerId, NewApplicationRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.JobId))
        {
            errors.Add("jobId", "Required: the saved job this application is for.");
        }
        else if (await jobs.GetAsync(ownerId, request.JobId, cancellationToken) is null)
        {
            errors.Add("jobId", "No saved job with that id.");
        }
        if (request.Status is not null && !ApplicationStatus.IsKnown(request.Status))
        {
            errors.Add("status", $"One of: {string.Join(", ", ApplicationStatus.All)}.");
        }
        await LinksAsync(errors, ownerId, request.ResumeId, request.CoverLetterId, cancellationToken);
        errors.Text("notes", request.Notes, MaxNotes);
        return errors;
    }

    public async Task<ValidationErrors> ValidateAsync(string ownerId, ApplicationUpdateRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        await LinksAsync(errors, ownerId, request.ResumeId, request.CoverLetterId, cancellationToken);
        errors.Text("notes", request.Notes, MaxNotes);
        return errors;
    }

    public static ValidationErrors Validate(StatusMoveRequest request)
    {
        var errors = new ValidationErrors();
        if (!ApplicationStatus.IsKnown(request.Status))
        {
            errors.Add("status", $"Required, one of: {string.Join(", ", ApplicationStatus.All)}.");
        }
        errors.Text("note", request.Note, MaxNote);
        return errors;
    }

    private async Task LinksAsync(ValidationErrors errors, string ownerId, string? resumeId, string? letterId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(resumeId) && await resumes.GetAsync(ownerId, resumeId, cancellationToken) is null)
        {
            errors.Add("resumeId", "No resume with that id.");
        }
        if (!string.IsNullOrWhiteSpace(letterId) && await letters.GetAsync(ownerId, letterId, cancellationToken) is null)
        {
            errors.Add("coverLetterId", "No cover letter with that id.");
        }
    }

    /// <summary>An empty id unlinks.</summary>
    public static string? Link(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
