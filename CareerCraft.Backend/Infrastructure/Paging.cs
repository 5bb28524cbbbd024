using CareerCraft.Contracts.Backend;
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

    /// <summary>A page read from the store as the API returns it.</summary>
    public PagedResponse<T> Respond<TRecord, T>(Storage.Page<TRecord> page, Func<TRecord, T> map) =>
        new(page.Items.Select(map).ToList(), Page, PageSize, page.Total);
}
