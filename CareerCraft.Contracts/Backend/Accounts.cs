namespace CareerCraft.Contracts.Backend;

public sealed record SignUpRequest(string? Username, string? Email, string? Password, string? FullName);

/// <summary><c>email</c> holds either the email address or the username.</summary>
public sealed record SignInRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

/// <summary>Sign-out revokes the given refresh token's chain, or every refresh token of the user when none is given.</summary>
public sealed record SignOutRequest(string? RefreshToken);

/// <summary>A signed-in session: a short-lived access token (ES256) and the refresh token that renews it.</summary>
public sealed record AuthResponse(string Token, string RefreshToken, DateTimeOffset ExpiresAt, UserResponse User);

public sealed record UserResponse(string Id, string Username, string Email, string? FullName);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record ChangeEmailRequest(string? CurrentPassword, string? NewEmail);

/// <summary>The password again: deleting an account is not something a borrowed session may do.</summary>
public sealed record DeleteAccountRequest(string? Password);
