using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Jobs;

public sealed record JobRequest(
    string? Title,
    string? Company,
    string? Location,
    string? Url,
    string? Description,
    string? Salary,
    string? Source);

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
    DateTimeOffset UpdatedAt)
{
    public static JobResponse From(SavedJob j) =>
        new(j.Id, j.Title, j.Company, j.Location, j.Url, j.Description, j.SalaryText, j.Source, j.SavedAt, j.UpdatedAt);
}
