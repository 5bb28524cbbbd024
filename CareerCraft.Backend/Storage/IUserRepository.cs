namespace CareerCraft.Backend.Storage;

public interface IUserRepository
{
    /// <summary>Inserts the user; throws <see cref="DuplicateUserException"/> when the email or username is taken.</summary>
    Task CreateAsync(User user, CancellationToken cancellationToken);

    Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Looks a login up by normalised email, then by normalised username.</summary>
    Task<User?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken);

    /// <summary>The user's <see cref="User.SessionVersion"/>, null when there is no such user: checked on every authenticated request.</summary>
    Task<int?> GetSessionVersionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Ends every access token issued so far (one atomic increment); returns the new version, null when there is no such user.</summary>
    Task<int?> BumpSessionVersionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash and ends every access token issued so far, in one write.</summary>
    Task<bool> SetPasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Changes the email; throws <see cref="DuplicateUserException"/> when another account has it.</summary>
    Task<bool> SetEmailAsync(string id, string email, string normalizedEmail, CancellationToken cancellationToken);

    Task<bool> UpdateProfileAsync(string id, UserProfile profile, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}

public sealed class DuplicateUserException(string field) : Exception($"The {field} is already registered.")
{
    /// <summary><c>email</c> or <c>username</c>.</summary>
    public string Field { get; } = field;
}
