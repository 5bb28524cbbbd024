using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Resumes;

public sealed record NewResume(string OwnerId, string? Name, string? FileName, byte[] Content, ResumeFormat Format, string? BearerToken);

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
        var fileName = DownloadFileName.Clean(upload.FileName, upload.Format.Extension);
        var name = string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileNameWithoutExtension(fileName) : upload.Name.Trim();

        // Text first: it needs no cleanup if a later step fails.
        var extraction = await ml.ExtractAsync(upload.BearerToken, fileName, upload.Format, upload.Content, cancellationToken);

        var store = files.Current;
        var key = await store.SaveAsync(id, fileName, upload.Format.ContentType, upload.Content, cancellationToken);
        var resume = new Resume
        {
            Id = id,
            OwnerId = upload.OwnerId,
            Name = name,
            FileName = fileName,
            ContentType = upload.Format.ContentType,
            Size = upload.Content.Length,
            UploadedAt = Ids.Now(time),
            Storage = store.Name,
            FileKey = key,
            Text = extraction.Text,
            Extraction = extraction.Status,
            ExtractionProblem = extraction.Problem,
        };
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

    /// <summary>The resume; text still pending from an earlier ML outage is extracted now.</summary>
    public async Task<Resume?> GetAsync(string ownerId, string id, string? bearerToken, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(ownerId, id, cancellationToken);
        if (resume is null || resume.Extraction != ExtractionStatus.Pending)
        {
            return resume;
        }
        var content = await files.For(resume.Storage).ReadAsync(resume.FileKey, cancellationToken);
        var format = content is null ? null : FileSniffer.Detect(content);
        if (format is null)
        {
            return resume;
        }
        var extraction = await RetryExtractionAsync(bearerToken, resume.FileName, format, content!, cancellationToken);
        if (extraction.Status != ExtractionStatus.Pending)
        {
            await resumes.SetExtractionAsync(ownerId, id, extraction.Status, extraction.Text, extraction.Problem, cancellationToken);
            resume.Extraction = extraction.Status;
            resume.Text = extraction.Text;
            resume.ExtractionProblem = extraction.Problem;
        }
        return resume;
    }

    private async Task<ExtractionResult> RetryExtractionAsync(
        string? bearerToken, string fileName, ResumeFormat format, byte[] content, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(mlOptions.Value.ReadRetryTimeoutSeconds));
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record of resume {ResumeId} failed; removing its file again")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string resumeId);
}
