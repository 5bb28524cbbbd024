using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Profiles;

/// <summary>Between the API's <see cref="ProfileBody"/> and the stored <see cref="UserProfile"/>.</summary>
public static class ProfileMapping
{
    public static ProfileBody From(UserProfile p) => new(
        p.FullName,
        p.Headline,
        p.Phone,
        new LocationBody(p.Location.City, p.Location.State, p.Location.Country),
        new LinksBody(p.Links.Github, p.Links.Linkedin, p.Links.Website, p.Links.Leetcode, p.Links.Codeforces, p.Links.Codechef, p.Links.Other),
        p.TargetRoles);

    /// <summary>Trimmed, blanks as absent.</summary>
    public static UserProfile ToModel(this ProfileBody body) => new()
    {
        FullName = Clean(body.FullName),
        Headline = Clean(body.Headline),
        Phone = Clean(body.Phone),
        Location = new ProfileLocation { City = Clean(body.Location?.City), State = Clean(body.Location?.State), Country = Clean(body.Location?.Country) },
        Links = new ProfileLinks
        {
            Github = Clean(body.Links?.Github),
            Linkedin = Clean(body.Links?.Linkedin),
            Website = Clean(body.Links?.Website),
            Leetcode = Clean(body.Links?.Leetcode),
            Codeforces = Clean(body.Links?.Codeforces),
            Codechef = Clean(body.Links?.Codechef),
            Other = body.Links?.Other?.Select(o => o.Trim()).ToList() ?? [],
        },
        TargetRoles = body.TargetRoles?.Select(r => r.Trim()).ToList() ?? [],
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
