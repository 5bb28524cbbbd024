namespace CareerCraft.Backend.Storage;

/// <summary>One page of a list, newest first, with the total across all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total);
