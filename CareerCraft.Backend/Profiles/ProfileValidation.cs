using CareerCraft.Backend.Infrastructure;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Profiles;

internal static class ProfileValidation
{
    public static ValidationErrors Validate(ProfileBody profile)
    {
        var errors = new ValidationErrors();
        errors.Text("fullName", profile.FullName, 100);
        errors.Text("headline", profile.Headline, 200);
        errors.Text("phone", profile.Phone, 40);
        errors.Text("location.city", profile.Location?.City, 100);
        errors.Text("location.state", profile.Location?.State, 100);
        errors.Text("location.country", profile.Location?.Country, 100);

        var links = profile.Links;
        errors.Url("links.github", links?.Github);
        errors.Url("links.linkedin", links?.Linkedin);
        errors.Url("links.website", links?.Website);
        errors.Url("links.leetcode", links?.Leetcode);
        errors.Url("links.codeforces", links?.Codeforces);
        errors.Url("links.codechef", links?.Codechef);
        errors.List("links.other", links?.Other, maxItems: 10, maxLength: 500, each: (path, url) => errors.Url(path, url));

        errors.List("targetRoles", profile.TargetRoles, maxItems: 20, maxLength: 100);
        return errors;
    }
}
