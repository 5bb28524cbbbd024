namespace CareerCraft.Contracts.Backend;

/// <summary>A page of a list as every list endpoint returns it (<c>?page=1&amp;pageSize=20</c>).</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
