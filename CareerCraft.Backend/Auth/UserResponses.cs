namespace CareerCraft.Backend.Auth;

public static class UserResponses
{
    public static UserResponse From(Storage.User user) => new(user.Id, user.UserName, user.Email, user.Profile.FullName);
}
