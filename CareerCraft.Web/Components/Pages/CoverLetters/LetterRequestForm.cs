using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Web.Components.Pages.CoverLetters;

public sealed class LetterRequestForm
{
    public static readonly string[] Tones = ["formal", "confident", "friendly"];

    [Required(ErrorMessage = "Enter the company's name.")]
    [StringLength(200, ErrorMessage = "Keep the company name under 200 characters.")]
    public string CompanyName { get; set; } = "";

    [Required(ErrorMessage = "Enter the job title.")]
    [StringLength(200, ErrorMessage = "Keep the job title under 200 characters.")]
    public string JobTitle { get; set; } = "";

    [Required(ErrorMessage = "Paste the job description: the letter is written for it.")]
    [StringLength(20_000, MinimumLength = 30, ErrorMessage = "Paste the full job description (at least 30 characters).")]
    public string JobDescription { get; set; } = "";

    [Required]
    [AllowedValues("formal", "confident", "friendly", ErrorMessage = "Choose a tone.")]
    public string Tone { get; set; } = "formal";
}
