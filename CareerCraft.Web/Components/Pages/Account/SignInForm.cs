using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Web.Components.Pages.Account;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your email or username.")]
    [StringLength(254, ErrorMessage = "That is longer than any email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";
}
