using CareerCraft.Contracts;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Quotas;

/// <summary>
/// Checked before anything is stored; null when there is room, otherwise a 409 <c>quota-exceeded</c> naming the
/// limit. Two uploads racing may both pass and overshoot by one: a bound on hoarding, not an accounting ledger.
/// </summary>
public sealed class QuotaCheck(
    IResumeRepository resumes, ICoverLetterRepository letters, IJobRepository jobs, IApplicationRepository applications, IOptions<QuotaOptions> options)
{
    public async Task<ProblemHttpResult?> ForResumeAsync(string ownerId, long newBytes, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var usage = await resumes.GetUsageAsync(ownerId, cancellationToken);
        if (usage.Resumes >= o.MaxResumes)
        {
            return Exceeded("resumes", o.MaxResumes, $"An account may keep at most {o.MaxResumes} resumes; delete one to upload another.");
        }
        return usage.Bytes + newBytes > o.MaxFileBytes
            ? Exceeded("fileBytes", o.MaxFileBytes,
                $"An account may keep at most {o.MaxFileMegabytes} MB of resume files; {Megabytes(usage.Bytes)} MB are used. Delete a resume to make room.")
            : null;
    }

    public async Task<ProblemHttpResult?> ForCoverLetterAsync(string ownerId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        return await letters.CountAsync(ownerId, cancellationToken) >= o.MaxCoverLetters
            ? Exceeded("coverLetters", o.MaxCoverLetters, $"An account may keep at most {o.MaxCoverLetters} cover letters; delete one to save another.")
            : null;
    }

    public async Task<ProblemHttpResult?> ForJobAsync(string ownerId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        return await jobs.CountAsync(ownerId, cancellationToken) >= o.MaxSavedJobs
            ? Exceeded("savedJobs", o.MaxSavedJobs, $"An account may keep at most {o.MaxSavedJobs} saved jobs; delete one to save another.")
            : null;
    }

    public async Task<ProblemHttpResult?> ForApplicationAsync(string ownerId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        return await applications.CountAsync(ownerId, cancellationToken) >= o.MaxApplications
            ? Exceeded("applications", o.MaxApplications, $"An account may keep at most {o.MaxApplications} applications; delete one to add another.")
            : null;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static ProblemHttpResult Exceeded(string limit, long max, string detail) => TypedResults.Problem(
        title: "Quota exceeded",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.QuotaExceeded,
        extensions: new Dictionary<string, object?> { ["limit"] = limit, ["max"] = max });
}
