namespace CareerCraft.Backend.Storage;

/// <summary>What one user keeps: resumes and their files' bytes.</summary>
public sealed record StorageUsage(long Resumes, long Bytes);
