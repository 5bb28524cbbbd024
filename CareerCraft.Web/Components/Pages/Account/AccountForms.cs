using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Web.Components.Pages.Account;

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "8 to 128 characters.")]
    public string NewPassword { get; set; } = "";
}

public sealed class ChangeEmailForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new email address.")]
    [EmailAddress(ErrorMessage = "That is not an email address.")]
    [StringLength(254, ErrorMessage = "That is longer than any email address.")]
    public string NewEmail { get; set; } = "";
}

public sealed class DeleteAccountForm
{
    [Required(ErrorMessage = "Enter your password to confirm.")]
    public string Password { get; set; } = "";
}
