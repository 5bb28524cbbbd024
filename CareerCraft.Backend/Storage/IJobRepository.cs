namespace CareerCraft.Backend.Storage;

/// <summary>Saved jobs, always addressed through their owner: another user's id is simply not found.</summary>
public interface IJobRepository
{
    Task AddAsync(SavedJob job, CancellationToken cancellationToken);

    Task<SavedJob?> GetAsync(string ownerId, string id, CancellationToken cancellationToken);

    /// <summary>Newest saved first.</summary>
    Task<Page<SavedJob>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Replaces the job's editable fields (never its owner or save date); false when the owner has no such job.</summary>
    Task<bool> UpdateAsync(SavedJob job, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<long> CountAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Removes every saved job of the owner (account deletion).</summary>
    Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken);
}
