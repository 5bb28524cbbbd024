using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Infrastructure;

/// <summary>Collects field-level errors keyed by the JSON path of the field (e.g. <c>links.github</c>, <c>targetRoles[2]</c>).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>Checks an optional text: at most <paramref name="max"/> characters and no control characters.</summary>
    public void Text(string field, string? value, int max, bool required = false, int min = 0)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Required.");
            }
            return;
        }
        if (value.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }
        else if (value.Trim().Length < min)
        {
            Add(field, $"At least {min} characters.");
        }
        // Line breaks are fine in long text; other control characters only ever come from broken or hostile clients.
        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "Contains control characters.");
        }
    }

    /// <summary>An optional absolute http or https URL; other schemes (javascript:, data:, file:) are refused.</summary>
    public void Url(string field, string? value, int max = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        if (value.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }
        else if (!IsHttpUrl(value))
        {
            Add(field, "Must be an absolute http:// or https:// URL.");
        }
    }

    public void List(string field, IReadOnlyList<string>? values, int maxItems, int maxLength, Action<string, string?>? each = null)
    {
        if (values is null)
        {
            return;
        }
        if (values.Count > maxItems)
        {
            Add(field, $"At most {maxItems} items.");
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                Add(path, "Must not be empty.");
            }
            else if (each is not null)
            {
                each(path, values[i]);
            }
            else
            {
                Text(path, values[i], maxLength);
            }
        }
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    public ValidationProblem ToProblem() => Problems.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
