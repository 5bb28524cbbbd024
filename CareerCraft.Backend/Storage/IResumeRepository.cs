namespace CareerCraft.Backend.Storage;

/// <summary>Resumes, always addressed through their owner: another user's id is simply not found.</summary>
public interface IResumeRepository
{
    Task AddAsync(Resume resume, CancellationToken cancellationToken);

    Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Records the final outcome; the retry schedule is cleared (attempts are kept, for the record).</summary>
    Task<bool> SetExtractionAsync(string ownerId, string id, ExtractionOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the next extraction attempt of a pending resume before the file is sent: the count goes from
    /// <paramref name="attemptsSeen"/> to one more and the next attempt waits until <paramref name="nextAttemptAt"/>.
    /// False when the resume is no longer pending or another read claimed that attempt first, so two concurrent reads
    /// never send the file twice, and an attempt cut short (a client gone, a crash) still counts.
    /// </summary>
    Task<bool> ClaimExtractionAttemptAsync(
        string ownerId, string id, int attemptsSeen, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the analysis as the resume's latest (as of <paramref name="snapshot"/>'s time) and appends the snapshot to
    /// its history, of which the newest <see cref="Resume.MaxAnalysisHistory"/> are kept.
    /// </summary>
    Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, AnalysisSnapshot snapshot, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken);

    /// <summary>How many resumes the owner has and their files' bytes together (quotas).</summary>
    Task<StorageUsage> GetUsageAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Removes every resume record of the owner (account deletion; their files are the caller's to remove first).</summary>
    Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken);
}
