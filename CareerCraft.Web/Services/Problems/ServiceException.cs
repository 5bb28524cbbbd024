namespace CareerCraft.Web.Services.Problems;

/// <summary>Thrown by the typed clients for every failed call, so pages catch one type and show its <see cref="Problem"/>.</summary>
public sealed class ServiceException(ServiceProblem problem, Exception? inner = null)
    : Exception(problem.Message, inner)
{
    public ServiceProblem Problem { get; } = problem;
}
