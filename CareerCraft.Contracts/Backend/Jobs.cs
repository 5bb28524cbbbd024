namespace CareerCraft.Contracts.Backend;

/// <summary><c>POST /api/jobs</c> and <c>PUT /api/jobs/{id}</c>: a posting the person keeps; title and company required.</summary>
public sealed record JobRequest(
    string? Title,
    string? Company,
    string? Location,
    string? Url,
    string? Description,
    string? Salary,
    string? Source);

/// <summary>A saved job; absent fields are empty strings.</summary>
public sealed record JobResponse(
    string Id,
    string Title,
    string Company,
    string Location,
    string Url,
    string Description,
    string Salary,
    string Source,
    DateTimeOffset SavedAt,
    DateTimeOffset UpdatedAt);
