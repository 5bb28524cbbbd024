using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Web.Components.Pages;

/// <summary>Splits pasted postings on lines of three or more dashes; each block's first line is its title.</summary>
public static class JobList
{
    public const int MaxJobs = 1000;

    public static IReadOnlyList<RankedJobInput> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var jobs = new List<RankedJobInput>();
        var block = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Append("---"))
        {
            var trimmed = line.Trim();
            if (trimmed.Length >= 3 && trimmed.All(c => c == '-'))
            {
                var lines = block.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
                if (lines.Count > 0 && jobs.Count < MaxJobs)
                {
                    var title = lines[0].Trim();
                    jobs.Add(new RankedJobInput($"job-{jobs.Count + 1}", title.Length > 120 ? title[..120] + "…" : title, string.Join("\n", lines)));
                }
                block.Clear();
            }
            else
            {
                block.Add(line);
            }
        }
        return jobs;
    }
}
