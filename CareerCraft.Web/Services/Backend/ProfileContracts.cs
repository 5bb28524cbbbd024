namespace CareerCraft.Web.Services.Backend;

/// <summary>Mutable because the profile page edits it in place and sends it back as a whole.</summary>
public sealed class UserProfile
{
    public string? FullName { get; set; }
    public string? Headline { get; set; }
    public string? Phone { get; set; }
    public ProfileLocation Location { get; set; } = new();
    public ProfileLinks Links { get; set; } = new();
    public List<string> TargetRoles { get; set; } = [];
}

public sealed class ProfileLocation
{
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Country { get; set; }
}

public sealed class ProfileLinks
{
    public string? Github { get; set; }
    public string? Linkedin { get; set; }
    public string? Website { get; set; }
    public string? Leetcode { get; set; }
    public string? Codeforces { get; set; }
    public string? Codechef { get; set; }
    public List<string> Other { get; set; } = [];
}
