using System.Text;

namespace CareerCraft.Backend.Resumes;

/// <summary>Makes a client-supplied file name safe to store and to send back in <c>Content-Disposition</c>.</summary>
public static class DownloadFileName
{
    private const int MaxLength = 150;

    /// <summary>
    /// Keeps the last path segment, drops control characters, quotes and separators, bounds the length and forces
    /// the extension of the sniffed format (a PDF named "cv.html" downloads as "cv.pdf").
    /// </summary>
    public static string Clean(string? name, string extension)
    {
        var raw = (name ?? "").Replace('\\', '/');
        raw = raw[(raw.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or ':' or '|' or '?' or '*' or ';'))
            {
                builder.Append(c);
            }
        }
        var stem = Path.GetFileNameWithoutExtension(builder.ToString().Trim().Trim('.')).Trim();
        if (stem.Length == 0)
        {
            stem = "resume";
        }
        if (stem.Length > MaxLength)
        {
            stem = stem[..MaxLength];
        }
        return stem + extension;
    }
}
