using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Profiles;

/// <summary>The profile as read and written through the API (PUT replaces it whole).</summary>
public sealed record ProfileBody(
    string? FullName,
    string? Headline,
    string? Phone,
    LocationBody? Location,
    LinksBody? Links,
    IReadOnlyList<string>? TargetRoles)
{
    public static ProfileBody From(UserProfile p) => new(
        p.FullName,
        p.Headline,
        p.Phone,
        new LocationBody(p.Location.City, p.Location.State, p.Location.Country),
        new LinksBody(p.Links.Github, p.Links.Linkedin, p.Links.Website, p.Links.Leetcode, p.Links.Codeforces, p.Links.Codechef, p.Links.Other),
        p.TargetRoles);

    public UserProfile ToModel() => new()
    {
        FullName = Clean(FullName),
        Headline = Clean(Headline),
        Phone = Clean(Phone),
        Location = new ProfileLocation { City = Clean(Location?.City), State = Clean(Location?.State), Country = Clean(Location?.Country) },
        Links = new ProfileLinks
        {
            Github = Clean(Links?.Github),
            Linkedin = Clean(Links?.Linkedin),
            Website = Clean(Links?.Website),
            Leetcode = Clean(Links?.Leetcode),
            Codeforces = Clean(Links?.Codeforces),
            Codechef = Clean(Links?.Codechef),
            Other = Links?.Other?.Select(o => o.Trim()).ToList() ?? [],
        },
        TargetRoles = TargetRoles?.Select(r => r.Trim()).ToList() ?? [],
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record LocationBody(string? City, string? State, string? Country);

public sealed record LinksBody(
    string? Github,
    string? Linkedin,
    string? Website,
    string? Leetcode,
    string? Codeforces,
    string? Codechef,
    IReadOnlyList<string>? Other);
