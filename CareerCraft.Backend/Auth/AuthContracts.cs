namespace CareerCraft.Backend.Auth;

public sealed record SignUpRequest(string? Username, string? Email, string? Password, string? FullName);

/// <summary><c>email</c> holds either the email address or the username.</summary>
public sealed record SignInRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

/// <summary>Sign-out revokes the given refresh token's chain, or every refresh token of the user when none is given.</summary>
public sealed record SignOutRequest(string? RefreshToken);

public sealed record AuthResponse(string Token, string RefreshToken, DateTimeOffset ExpiresAt, UserResponse User);

public sealed record UserResponse(string Id, string Username, string Email, string? FullName)
{
    public static UserResponse From(Storage.User user) => new(user.Id, user.UserName, user.Email, user.Profile.FullName);
}
