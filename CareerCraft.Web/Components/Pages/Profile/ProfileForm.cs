using System.ComponentModel.DataAnnotations;
using CareerCraft.Web.Services.Backend;

namespace CareerCraft.Web.Components.Pages.Profile;

/// <summary>The profile as the form edits it: lists become one text box each, links are checked as web addresses.</summary>
public sealed class ProfileForm : IValidatableObject
{
    [StringLength(100)] public string? FullName { get; set; }
    [StringLength(160)] public string? Headline { get; set; }
    [Phone(ErrorMessage = "Enter a phone number, e.g. +1 555 123 4567.")] [StringLength(40)] public string? Phone { get; set; }
    [StringLength(100)] public string? City { get; set; }
    [StringLength(100)] public string? State { get; set; }
    [StringLength(100)] public string? Country { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Github { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Linkedin { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Website { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Leetcode { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Codeforces { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://")] public string? Codechef { get; set; }

    /// <summary>One address per line.</summary>
    public string? OtherLinks { get; set; }

    /// <summary>Comma-separated.</summary>
    [StringLength(500)] public string? TargetRoles { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var link in Lines(OtherLinks))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult($"\"{link}\" isn't a web address (start it with https://).", [nameof(OtherLinks)]);
            }
        }
    }

    public static ProfileForm From(ProfileBody p) => new()
    {
        FullName = p.FullName,
        Headline = p.Headline,
        Phone = p.Phone,
        City = p.Location?.City,
        State = p.Location?.State,
        Country = p.Location?.Country,
        Github = p.Links?.Github,
        Linkedin = p.Links?.Linkedin,
        Website = p.Links?.Website,
        Leetcode = p.Links?.Leetcode,
        Codeforces = p.Links?.Codeforces,
        Codechef = p.Links?.Codechef,
        OtherLinks = string.Join("\n", p.Links?.Other ?? []),
        TargetRoles = string.Join(", ", p.TargetRoles ?? []),
    };

    public ProfileBody ToProfile() => new(
        Clean(FullName),
        Clean(Headline),
        Clean(Phone),
        new LocationBody(Clean(City), Clean(State), Clean(Country)),
        new LinksBody(Clean(Github), Clean(Linkedin), Clean(Website), Clean(Leetcode), Clean(Codeforces), Clean(Codechef), Lines(OtherLinks).ToList()),
        (TargetRoles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
