using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Files;

/// <summary>
/// Cloudinary account from <c>ConnectionStrings:cloudinary</c> (<c>cloudinary://API_KEY:API_SECRET@CLOUD_NAME</c>, the
/// form Cloudinary's console shows as CLOUDINARY_URL), plus where its API lives (tests point this at a local server).
/// </summary>
public sealed class CloudinaryOptions
{
    public const string ConnectionName = "cloudinary";
    public const string SectionName = "Cloudinary";

    [Required]
    public string ApiKey { get; set; } = "";

    [Required]
    public string ApiSecret { get; set; } = "";

    [Required]
    public string CloudName { get; set; } = "";

    [Required, Url]
    public string BaseUrl { get; set; } = "https://api.cloudinary.com";

    /// <summary>Prefix of every public id, so our files are easy to find in the media library.</summary>
    [Required]
    public string Folder { get; set; } = "careercraft/resumes";

    /// <summary>Fills key, secret and cloud from the URL form; false when it is not one.</summary>
    public static bool TryParse(string connectionString, out (string ApiKey, string ApiSecret, string CloudName) account)
    {
        account = default;
        if (!Uri.TryCreate(connectionString.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != "cloudinary")
        {
            return false;
        }
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials.Length != 2 || credentials[0].Length == 0 || credentials[1].Length == 0 || uri.Host.Length == 0)
        {
            return false;
        }
        account = (Uri.UnescapeDataString(credentials[0]), Uri.UnescapeDataString(credentials[1]), uri.Host);
        return true;
    }
}
