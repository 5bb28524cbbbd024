using System.Text.RegularExpressions;
using CareerCraft.Backend.Infrastructure;

namespace CareerCraft.Backend.Auth;

internal static partial class AuthValidation
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    public static ValidationErrors Validate(SignUpRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Username))
        {
            errors.Add("username", "Required.");
        }
        else if (!UserNamePattern().IsMatch(request.Username.Trim()))
        {
            errors.Add("username", "3 to 32 characters: letters, digits, '.', '_' or '-'.");
        }
        Email(errors, request.Email);
        Password(errors, request.Password);
        errors.Text("fullName", request.FullName, 100);
        return errors;
    }

    public static ValidationErrors Validate(SignInRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors.Add("email", "Required.");
        }
        else if (request.Email.Length > 254)
        {
            errors.Add("email", "At most 254 characters.");
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", "Required.");
        }
        else if (request.Password.Length > MaxPasswordLength)
        {
            errors.Add("password", $"At most {MaxPasswordLength} characters.");
        }
        return errors;
    }

    /// <summary>A password being set (sign-up, change): the same rules wherever it is chosen.</summary>
    public static ValidationErrors Validate(RefreshRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 200)
        {
            errors.Add("refreshToken", "Required: the refresh token from sign-in.");
        }
        return errors;
    }

    public static ValidationErrors Validate(ChangePasswordRequest request)
    {
        var errors = new ValidationErrors();
        CurrentPassword(errors, request.CurrentPassword, "currentPassword");
        Password(errors, request.NewPassword, "newPassword");
        return errors;
    }

    public static ValidationErrors Validate(ChangeEmailRequest request)
    {
        var errors = new ValidationErrors();
        CurrentPassword(errors, request.CurrentPassword, "currentPassword");
        Email(errors, request.NewEmail, "newEmail");
        return errors;
    }

    public static ValidationErrors Validate(DeleteAccountRequest request)
    {
        var errors = new ValidationErrors();
        CurrentPassword(errors, request.Password, "password");
        return errors;
    }

    public static void Password(ValidationErrors errors, string? password, string field = "password")
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "Required.");
        }
        else if (password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            errors.Add(field, $"{MinPasswordLength} to {MaxPasswordLength} characters.");
        }
        else if (string.IsNullOrWhiteSpace(password))
        {
            errors.Add(field, "Must not be only spaces.");
        }
    }

    /// <summary>A password given to prove who one is: only its length is checked, it is compared, not chosen.</summary>
    public static void CurrentPassword(ValidationErrors errors, string? password, string field)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "Required.");
        }
        else if (password.Length > MaxPasswordLength)
        {
            errors.Add(field, $"At most {MaxPasswordLength} characters.");
        }
    }

    /// <summary>An email being set (sign-up, change).</summary>
    public static void Email(ValidationErrors errors, string? email, string field = "email")
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add(field, "Required.");
        }
        else if (email.Trim().Length > 254 || !EmailPattern().IsMatch(email.Trim()))
        {
            errors.Add(field, "Must be an email address.");
        }
    }

    // No '@' in usernames, so a login string is never both someone's email and someone else's username.
    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s""'<>]+@[^@\s""'<>]+\.[^@\s""'<>]+$")]
    private static partial Regex EmailPattern();
}
