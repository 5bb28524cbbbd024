using CareerCraft.Contracts;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Backend.Resumes;

public sealed record NewResume(
    string OwnerId, string? Name, string? FileName, byte[] Content, ResumeFormat Format, string? BearerToken, PriorReading? Reading = null);

/// <summary>
/// Keeps file and record consistent: the record is written only after the file is stored, and the file is removed
/// again when the record cannot be written, so neither a record without a file nor an orphan file is left behind.
/// </summary>
public sealed partial class ResumeService(
    IResumeRepository resumes,
    FileStores files,
    MlTextExtractionClient ml,
    IOptions<MlClientOptions> mlOptions,
    TimeProvider time,
    ILogger<ResumeService> logger)
{
    public async Task<Resume> UploadAsync(NewResume upload, CancellationToken cancellationToken)
    {
        var id = Ids.New();
        var fileName = DownloadFileName.Clean(upload.FileName, upload.Format.Extension());
        var name = string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileNameWithoutExtension(fileName) : upload.Name.Trim();

        // Text first: it needs no cleanup if a later step fails. This is attempt 1 of the file's text, unless the
        // client already had the file read and sends the text along.
        var extraction = upload.Reading is { } reading
            ? new ExtractionResult(ExtractionStatus.Done, reading.Text, null, null)
            : await ml.ExtractAsync(upload.BearerToken, fileName, upload.Format, upload.Content, cancellationToken);

        var store = files.Current;
        var key = await store.SaveAsync(id, fileName, upload.Format.ContentType(), upload.Content, cancellationToken);
        var now = Ids.Now(time);
        var resume = new Resume
        {
            Id = id,
            OwnerId = upload.OwnerId,
            Name = name,
            FileName = fileName,
            ContentType = upload.Format.ContentType(),
            Size = upload.Content.Length,
            UploadedAt = now,
            Storage = store.Name,
            FileKey = key,
            ExtractionAttempts = upload.Reading is null ? 1 : 0,
        };
        if (upload.Reading is { AnalysisJson: { } analysis, Snapshot: { } snapshot })
        {
            // In the record's first write: a resume saved with its analysis is never seen without it.
            resume.AnalysisJson = analysis;
            resume.AnalyzedAt = snapshot.At;
            resume.Analyses = [snapshot];
        }
        if (OutcomeAfter(id, 1, extraction) is { } outcome)
        {
            Apply(resume, outcome);
        }
        else
        {
            resume.NextExtractionAt = now + Options.RetryDelayAfter(1);
        }
        try
        {
            await resumes.AddAsync(resume, cancellationToken);
        }
        catch (Exception ex)
        {
            LogRecordFailed(logger, ex, id);
            await RemoveOrphanAsync(store, key);
            throw;
        }
        return resume;
    }

    /// <summary>
    /// The resume; text still pending from an earlier ML failure is asked for again once its back-off has passed. A read
    /// before then, or of a resume whose extraction ended either way, never sends the file.
    /// </summary>
    public async Task<Resume?> GetAsync(string ownerId, string id, string? bearerToken, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(ownerId, id, cancellationToken);
        var now = Ids.Now(time);
        if (resume is null || resume.Extraction != ExtractionStatus.Pending || resume.NextExtractionAt > now)
        {
            return resume;
        }
        var attempt = resume.ExtractionAttempts + 1;
        if (attempt > Options.ExtractMaxAttempts)
        {
            // The last attempt was cut short before its end was written (client gone, restart), or the cap was lowered.
            return await FinishAsync(resume, Abandoned(id, resume.ExtractionAttempts), cancellationToken);
        }
        // Counted before the file goes out, so a read cut short mid-call still uses up its attempt, and of two
        // concurrent reads only one sends the file.
        var next = now + Options.RetryDelayAfter(attempt);
        if (!await resumes.ClaimExtractionAttemptAsync(ownerId, id, resume.ExtractionAttempts, next, cancellationToken))
        {
            return await resumes.GetAsync(ownerId, id, cancellationToken);
        }
        resume.ExtractionAttempts = attempt;
        resume.NextExtractionAt = next;

        var content = await files.For(resume.Storage).ReadAsync(resume.FileKey, cancellationToken);
        var format = content is null ? null : StoredFormat(content);
        if (format is null)
        {
            return resume;
        }
        LogRetrying(logger, id, attempt, Options.ExtractMaxAttempts);
        var extraction = await RetryExtractionAsync(bearerToken, resume.FileName, format.Value, content!, cancellationToken);
        return OutcomeAfter(id, attempt, extraction) is { } outcome ? await FinishAsync(resume, outcome, cancellationToken) : resume;
    }

    private MlClientOptions Options => mlOptions.Value;

    /// <summary>A stored file was sniffed on upload; one that no longer reads as PDF or DOCX is not sent again.</summary>
    private static ResumeFormat? StoredFormat(byte[] content)
    {
        try
        {
            return ResumeFileSniffer.Sniff(content);
        }
        catch (ProblemException)
        {
            return null;
        }
    }

    /// <summary>The final outcome after attempt number <paramref name="attempt"/>; null while attempts remain.</summary>
    private ExtractionOutcome? OutcomeAfter(string resumeId, int attempt, ExtractionResult extraction) =>
        extraction.IsFinal ? extraction.ToOutcome()
        : attempt >= Options.ExtractMaxAttempts ? Abandoned(resumeId, attempt)
        : null;

    private ExtractionOutcome Abandoned(string resumeId, int attempts)
    {
        LogAbandoned(logger, resumeId, attempts);
        return new ExtractionOutcome(
            ExtractionStatus.Failed,
            null,
            ProblemTypes.ExtractionAbandoned,
            $"The text service could not read this file in {attempts} attempts (it was unavailable or stopped while reading it), so we stopped trying.");
    }

    private async Task<Resume> FinishAsync(Resume resume, ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        await resumes.SetExtractionAsync(resume.OwnerId, resume.Id, outcome, cancellationToken);
        Apply(resume, outcome);
        return resume;
    }

    private static void Apply(Resume resume, ExtractionOutcome outcome)
    {
        resume.Extraction = outcome.Status;
        resume.Text = outcome.Text;
        resume.ExtractionProblem = outcome.Problem;
        resume.ExtractionDetail = outcome.Detail;
        resume.NextExtractionAt = null;
    }

    private async Task<ExtractionResult> RetryExtractionAsync(
        string? bearerToken, string fileName, ResumeFormat format, byte[] content, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(Options.ReadRetryTimeoutSeconds));
        try
        {
            return await ml.ExtractAsync(bearerToken, fileName, format, content, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExtractionResult.Unavailable;
        }
    }

    /// <summary>
    /// File first: if the store refuses, the record stays and the user can retry; once the file is gone the record
    /// would point at nothing, so it goes right after.
    /// </summary>
    public async Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(ownerId, id, cancellationToken);
        if (resume is null)
        {
            return false;
        }
        await files.For(resume.Storage).DeleteAsync(resume.FileKey, cancellationToken);
        return await resumes.DeleteAsync(ownerId, id, cancellationToken);
    }

    private async Task RemoveOrphanAsync(IFileStore store, string key)
    {
        try
        {
            // Not the request's token: the client may have gone, the cleanup should still happen.
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (FileStoreException ex)
        {
            LogOrphan(logger, ex, store.Name, key);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not remove file {Key} from the {Store} store after a failed record write")]
    private static partial void LogOrphan(ILogger logger, Exception exception, string store, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Asking the ML service again for the text of resume {ResumeId} (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogRetrying(ILogger logger, string resumeId, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No text for resume {ResumeId} after {Attempts} attempts; it is failed and its file is not sent again")]
    private static partial void LogAbandoned(ILogger logger, string resumeId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record of resume {ResumeId} failed; removing its file again")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string resumeId);
}
