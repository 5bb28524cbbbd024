namespace CareerCraft.Backend.Storage;

public sealed class CoverLetter
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string CompanyName { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public string JobDescription { get; set; } = "";
    public string Tone { get; set; } = "";
    public CoverLetterContent Content { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class CoverLetterContent
{
    public string Greeting { get; set; } = "";
    public List<string> Body { get; set; } = [];
    public string Closing { get; set; } = "";
    public string SignOff { get; set; } = "";
    public string CandidateName { get; set; } = "";
}
