using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Auth.Keys;

/// <summary>The backend's private side of the token settings (section <c>Jwt</c>, beside the shared ones).</summary>
public sealed class SigningKeyOptions : IValidatableObject
{
    /// <summary>
    /// The P-256 private key tokens are signed with: a PEM (<c>-----BEGIN PRIVATE KEY-----</c> or
    /// <c>EC PRIVATE KEY</c>) or a random secret of at least <see cref="SigningKey.MinimumSecretLength"/> characters
    /// from which the key is derived (what the AppHost's generated parameter holds). Never in the repository.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// The key being retired, in the same forms: its public half is still published and accepted, nothing is
    /// signed with it. Drop it once the longest-lived token it signed has expired (<see cref="AccessTokenMinutes"/>).
    /// </summary>
    public string? PreviousSigningKey { get; set; }

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value, required) in new[] { (nameof(SigningKey), SigningKey, true), (nameof(PreviousSigningKey), PreviousSigningKey ?? "", false) })
        {
            if (!required && value.Length == 0)
            {
                continue;
            }
            if (Keys.SigningKey.Problem(value) is { } problem)
            {
                yield return new ValidationResult(
                    $"Jwt:{name} {problem} Set it with the AppHost parameter 'jwt-signing-key', the environment variable " +
                    $"Jwt__{name}, or 'dotnet user-secrets set Jwt:{name} <value>'.", [name]);
            }
        }
    }
}
