namespace CareerCraft.Backend.Storage;

/// <summary>Resumes, always addressed through their owner: another user's id is simply not found.</summary>
public interface IResumeRepository
{
    Task AddAsync(Resume resume, CancellationToken cancellationToken);

    Task<Resume?> GetAsync(string ownerId, string id, CancellationToken cancellationToken);

    Task<Page<Resume>> ListAsync(string ownerId, int skip, int take, CancellationToken cancellationToken);

    Task<bool> SetExtractionAsync(string ownerId, string id, string status, string? text, string? problem, CancellationToken cancellationToken);

    Task<bool> SetAnalysisAsync(string ownerId, string id, string analysisJson, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string ownerId, string id, CancellationToken cancellationToken);
}
