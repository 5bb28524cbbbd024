namespace CareerCraft.Backend.Storage;

/// <summary>Applications, always addressed through their owner: another user's id is simply not found.</summary>
public interface IApplicationRepository
{
    Task AddAsync(JobApplication application, CancellationToken cancellationToken);

    Task<JobApplication?> GetAsync(string ownerId, string id, CancellationToken cancellationToken);

    /// <summary>Newest created first.</summary>
    Task<Page<JobApplication>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the application's editable fields, status and history (never its owner, job or creation time);
    /// false when the owner has no such application.
    /// </summary>
    Task<bool> UpdateAsync(JobApplication application, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<long> CountAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Whether any application of the owner is for this job (a job in use is not deleted).</summary>
    Task<bool> AnyForJobAsync(string ownerId, string jobId, CancellationToken cancellationToken);

    /// <summary>Removes every application of the owner (account deletion).</summary>
    Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken);
}
