namespace CareerCraft.Backend.Infrastructure;

/// <summary>Every list is paged: <c>?page</c> from 1, <c>?pageSize</c> up to <see cref="MaxPageSize"/>.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static Paging Parse(int? page, int? pageSize, ValidationErrors errors)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1 || p > 100_000)
        {
            errors.Add("page", "Must be between 1 and 100000.");
        }
        if (size < 1 || size > MaxPageSize)
        {
            errors.Add("pageSize", $"Must be between 1 and {MaxPageSize}.");
        }
        return new Paging(p, size);
    }
}

/// <summary>A page of a list as the API returns it.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public static PagedResponse<T> From<TRecord>(Storage.Page<TRecord> page, Paging paging, Func<TRecord, T> map) =>
        new(page.Items.Select(map).ToList(), paging.Page, paging.PageSize, page.Total);
}
