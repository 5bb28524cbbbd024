namespace CareerCraft.Backend.Storage;

public interface IUserRepository
{
    /// <summary>Inserts the user; throws <see cref="DuplicateUserException"/> when the email or username is taken.</summary>
    Task CreateAsync(User user, CancellationToken cancellationToken);

    Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Looks a login up by normalised email, then by normalised username.</summary>
    Task<User?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken);

    /// <summary>Cheap existence check used on every authenticated request.</summary>
    Task<bool> ExistsAsync(string id, CancellationToken cancellationToken);

    Task<bool> UpdateProfileAsync(string id, UserProfile profile, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}

public sealed class DuplicateUserException(string field) : Exception($"The {field} is already registered.")
{
    /// <summary><c>email</c> or <c>username</c>.</summary>
    public string Field { get; } = field;
}
