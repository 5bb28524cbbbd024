namespace CareerCraft.Backend.Storage;

/// <summary>A job posting the user keeps to apply to, rank or match against their resumes.</summary>
public sealed class SavedJob
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Company { get; set; } = "";
    public string Location { get; set; } = "";
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>As the posting words it ("$120k–$140k + equity"): postings mix currencies, periods and ranges.</summary>
    public string SalaryText { get; set; } = "";

    /// <summary>Where the user found it (a job board, a referral).</summary>
    public string Source { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
