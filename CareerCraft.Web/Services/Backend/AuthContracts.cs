namespace CareerCraft.Web.Services.Backend;

public sealed record SignUpRequest(string Username, string Email, string Password, string? FullName);

/// <summary>The backend accepts an email or a username in <see cref="Email"/>.</summary>
public sealed record SignInRequest(string Email, string Password);

public sealed record RefreshRequest(string RefreshToken);

public sealed record AuthResult(string Token, string RefreshToken, DateTimeOffset ExpiresAt, UserInfo User);

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

public sealed record ChangeEmailRequest(string CurrentPassword, string NewEmail);

public sealed record DeleteAccountRequest(string Password);

public sealed record UserInfo(string Id, string Username, string Email, string? FullName);
