using CareerCraft.Web.Services.Problems;
using Microsoft.AspNetCore.Components.Forms;

namespace CareerCraft.Web.Components.Shared;

/// <summary>Puts a service's field errors next to the inputs they are about; returns whether any field took one.</summary>
public static class ProblemFields
{
    public static bool Apply(ServiceProblem problem, EditContext context, ValidationMessageStore messages, object model, params string[] fields)
    {
        var placed = false;
        foreach (var field in fields)
        {
            var errors = problem.ErrorsFor(field);
            if (errors.Count == 0 && problem.Status == 409 && Mentions(problem, field))
            {
                // A conflict names the taken value in its text rather than in "errors".
                errors = [problem.Message];
            }
            if (errors.Count > 0)
            {
                messages.Add(new FieldIdentifier(model, field), errors);
                placed = true;
            }
        }
        context.NotifyValidationStateChanged();
        return placed;
    }

    private static bool Mentions(ServiceProblem problem, string field) =>
        $"{problem.Type} {problem.Title} {problem.Detail}".Contains(field, StringComparison.OrdinalIgnoreCase);
}
