using System.ComponentModel.DataAnnotations;
using System.Text;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>The token settings backend (which issues) and ML (which only validates) must agree on.</summary>
public sealed class JwtOptions : IValidatableObject
{
    public const string SectionName = "Jwt";
    public const int MinimumKeyBytes = 32;

    [Required]
    public string Issuer { get; set; } = "careercraft";

    [Required]
    public string Audience { get; set; } = "careercraft";

    /// <summary>HS256 key; comes from the AppHost's secret parameter or user secrets, never from the repository.</summary>
    public string SigningKey { get; set; } = "";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    public byte[] SigningKeyBytes => Encoding.UTF8.GetBytes(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
        {
            yield return new ValidationResult(
                $"Jwt:SigningKey must be at least {MinimumKeyBytes} bytes (HS256). Set it with the AppHost parameter 'jwt-signing-key', " +
                "the environment variable Jwt__SigningKey, or 'dotnet user-secrets set Jwt:SigningKey <value>'.",
                [nameof(SigningKey)]);
        }
    }
}
