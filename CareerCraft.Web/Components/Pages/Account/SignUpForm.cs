using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Web.Components.Pages.Account;

/// <summary>The same rules the backend enforces (DESIGN.md section 3), checked here first so errors show without a round trip.</summary>
public sealed class SignUpForm
{
    [Required(ErrorMessage = "Choose a username.")]
    [StringLength(32, MinimumLength = 3, ErrorMessage = "Use 3 to 32 characters.")]
    [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "Use letters, digits, dots, dashes or underscores only.")]
    public string Username { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Use at least 8 characters.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat your password.")]
    [Compare(nameof(Password), ErrorMessage = "The passwords don't match.")]
    public string ConfirmPassword { get; set; } = "";
}
