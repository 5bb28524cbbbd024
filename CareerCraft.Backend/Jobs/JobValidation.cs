using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Jobs;

internal static class JobValidation
{
    /// <summary>The ML service reads at most this much of a job description; a longer one would be matched on a part.</summary>
    public const int MaxDescription = 20_000;

    public static ValidationErrors Validate(JobRequest request)
    {
        var errors = new ValidationErrors();
        errors.Text("title", request.Title, 200, required: true);
        errors.Text("company", request.Company, 200, required: true);
        errors.Text("location", request.Location, 200);
        errors.Url("url", request.Url, 2_000);
        errors.Text("description", request.Description, MaxDescription);
        errors.Text("salary", request.Salary, 200);
        errors.Text("source", request.Source, 200);
        return errors;
    }

    /// <summary>Copies a validated request onto a record (owner, id and times are set by the caller).</summary>
    public static void Apply(JobRequest request, SavedJob target)
    {
        target.Title = request.Title!.Trim();
        target.Company = request.Company!.Trim();
        target.Location = request.Location?.Trim() ?? "";
        target.Url = request.Url?.Trim() ?? "";
        target.Description = request.Description?.Trim() ?? "";
        target.SalaryText = request.Salary?.Trim() ?? "";
        target.Source = request.Source?.Trim() ?? "";
    }
}
