namespace CareerCraft.Web.Services.Backend;

public static class ApplicationExtensions
{
    /// <summary>When the status last changed (the newest history entry).</summary>
    public static DateTimeOffset LastMoved(this ApplicationResponse application) =>
        application.History.Count > 0 ? application.History[^1].At : application.CreatedAt;
}
