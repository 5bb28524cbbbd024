namespace CareerCraft.Backend.Storage;

/// <summary>An account. Email and username are unique case-insensitively through their normalised copies.</summary>
public sealed class User
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Goes up on sign-out, password change and sign-out everywhere; access tokens carry the value they were issued
    /// with, and one older than this is refused at once, before it expires.
    /// </summary>
    public int SessionVersion { get; set; }

    public UserProfile Profile { get; set; } = new();

    /// <summary>The one normalisation used for lookups and unique indexes alike.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();
}

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
