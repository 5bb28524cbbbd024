using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Infrastructure;

/// <summary>Reads an owner's whole list page by page (exports, account deletion): the stores only answer pages.</summary>
public static class AllPages
{
    public const int PageSize = 100;

    public static async Task<List<T>> ReadAsync<T>(Func<int, int, CancellationToken, Task<Page<T>>> page, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var skip = 0; ; skip += PageSize)
        {
            var items = (await page(skip, PageSize, cancellationToken)).Items;
            all.AddRange(items);
            if (items.Count < PageSize)
            {
                return all;
            }
        }
    }
}
