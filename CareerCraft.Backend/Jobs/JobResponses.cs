using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Jobs;

public static class JobResponses
{
    public static JobResponse From(SavedJob j) =>
        new(j.Id, j.Title, j.Company, j.Location, j.Url, j.Description, j.SalaryText, j.Source, j.SavedAt, j.UpdatedAt);
}
