namespace CareerCraft.Backend.Accounts;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record ChangeEmailRequest(string? CurrentPassword, string? NewEmail);

/// <summary>The password again: deleting an account is not something a borrowed session may do.</summary>
public sealed record DeleteAccountRequest(string? Password);
