namespace CareerCraft.Contracts.Backend;

/// <summary><c>GET</c> and <c>PUT /api/profile</c>: the profile as read and written (PUT replaces it whole).</summary>
public sealed record ProfileBody(
    string? FullName,
    string? Headline,
    string? Phone,
    LocationBody? Location,
    LinksBody? Links,
    IReadOnlyList<string>? TargetRoles);

public sealed record LocationBody(string? City, string? State, string? Country);

public sealed record LinksBody(
    string? Github,
    string? Linkedin,
    string? Website,
    string? Leetcode,
    string? Codeforces,
    string? Codechef,
    IReadOnlyList<string>? Other);
