namespace CareerCraft.Backend.Storage;

/// <summary>Cover letters, always addressed through their owner: another user's id is simply not found.</summary>
public interface ICoverLetterRepository
{
    Task AddAsync(CoverLetter letter, CancellationToken cancellationToken);

    Task<CoverLetter?> GetAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<Page<CoverLetter>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Replaces the letter's editable fields; false when the owner has no such letter.</summary>
    Task<bool> UpdateAsync(CoverLetter letter, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<long> CountAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Removes every letter of the owner (account deletion).</summary>
    Task DeleteAllAsync(string ownerId, CancellationToken cancellationToken);
}
