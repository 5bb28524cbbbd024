using System.Globalization;
using System.Text;
using CareerCraft.ResumeGenerator.Model;

namespace CareerCraft.ResumeGenerator;

/// <summary>What a resume says beyond its truth: the words the plan shows around the facts.</summary>
public sealed record ComposedResume(
    ResumeTruth Truth,
    string? Summary,
    string Tagline,
    string? Link,
    IReadOnlyList<string> RoleDates,
    IReadOnlyList<string> SchoolDates,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Headings);

/// <summary>
/// Draws a resume's content and style from its seed: the same seed always gives the same resume. Odd seeds are the
/// held-out half, even seeds the fit half, and each half takes people, employers, cities and schools from its own pool.
/// </summary>
public sealed class ResumeComposer(Vocabulary vocabulary)
{
    // A fixed "today" so that "Present" and the dates around it do not move with the clock.
    private static readonly YearMonth Today = new(2025, 6);

    private static readonly Dictionary<string, string[]> HeadingWords = new()
    {
        ["summary"] = ["Summary", "Professional Summary", "Profile", "Career Profile", "About Me"],
        ["experience"] = ["Experience", "Work Experience", "Professional Experience", "Work History", "Employment", "Employment History", "Career History", "Relevant Experience"],
        ["education"] = ["Education", "Education & Training", "Academic Background", "Education and Qualifications"],
        ["skills"] = ["Skills", "Core Competencies", "Key Skills", "Technical Skills", "Areas of Expertise", "Skills & Tools"],
        ["certifications"] = ["Certifications", "Licenses & Certifications", "Certificates"],
        ["languages"] = ["Languages"],
        ["contact"] = ["Contact", "Contact Details"],
    };

    private static readonly string[] SpokenLanguages =
        ["English (native)", "Spanish (fluent)", "French (professional)", "German (conversational)", "Portuguese (fluent)", "Hindi (native)", "Swedish (basic)", "Mandarin (conversational)"];

    private static readonly string[] MailDomains = ["example.com", "mail.example.org", "example.net", "inbox.example.com"];

    public static SetHalf HalfOf(int seed) => seed % 2 == 0 ? SetHalf.Fit : SetHalf.HeldOut;

    /// <summary>
    /// A well-spread seed for <see cref="Random"/> from a small one (SplitMix64's finaliser): Random's first draws
    /// from neighbouring seeds are correlated, which made consecutive resumes share names, cities and styles.
    /// </summary>
    public static int Scramble(int seed, ulong stream = 0)
    {
        var z = (ulong)seed + stream * 0xD1B54A32D192ED03UL + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    public ComposedResume Compose(int seed)
    {
        var random = new Random(Scramble(seed));
        var half = HalfOf(seed);
        var pool = vocabulary.For(half);
        // Professions cycle with the seed so that any run of consecutive seeds covers them evenly.
        var profession = vocabulary.Professions[seed / 2 % vocabulary.Professions.Count];
        var style = DrawStyle(seed, random);
        var wellWritten = random.Next(4) != 0;

        var first = Pick(random, pool.FirstNames);
        var last = Pick(random, pool.LastNames);
        var city = Pick(random, pool.Cities);
        var contact = new ContactTruth($"{first} {last}", Email(first, last, style.Header == HeaderStyle.ContactSide, random), Phone(city, random), city.Location);
        var link = random.Next(3) == 0 ? $"linkedin.com/in/{Ascii(first)}-{Ascii(last)}" : null;

        var (roles, roleDates) = DrawRoles(profession, pool, city, style, wellWritten, random);
        var (schools, schoolDates) = DrawSchools(profession, pool, roles, random);
        var skills = Shuffled(profession.Skills, random).Take(wellWritten ? random.Next(8, 12) : random.Next(4, 7)).ToList();
        var years = Math.Max(2, Today.Year - int.Parse(roles[^1].Start[..4], CultureInfo.InvariantCulture));
        var summary = wellWritten || random.Next(2) == 0
            ? Pick(random, profession.Summaries).Replace("{years}", years.ToString(CultureInfo.InvariantCulture)).Replace("{title}", roles[0].Title)
            : null;
        var certifications = profession.Certifications.Length > 0 && random.Next(2) == 0
            ? Shuffled(profession.Certifications, random).Take(random.Next(1, 3)).ToList()
            : [];
        var languages = random.Next(3) == 0 ? Shuffled(SpokenLanguages, random).Take(random.Next(2, 4)).ToList() : [];

        var kinds = SectionOrder(summary is not null, certifications.Count > 0, languages.Count > 0, random);
        var headings = HeadingWords.ToDictionary(
            h => h.Key,
            h => style.UpperHeadings ? Pick(random, h.Value).ToUpperInvariant() : Pick(random, h.Value));

        var truth = new ResumeTruth(seed, half, profession.Id, style, contact, kinds, roles, schools, skills, wellWritten);
        return new ComposedResume(truth, summary, Pick(random, profession.Taglines), link, roleDates, schoolDates, certifications, languages, headings);
    }

    private static ResumeStyle DrawStyle(int seed, Random random)
    {
        // The main layout choices are dealt from shuffled decks, so any run of seeds shows each choice about
        // equally often and the choices do not move together; the rest is drawn freely.
        var index = seed / 2;
        var arrangement = Deal<Arrangement>(index, 1);
        // Contact in a side column needs a side column: the other layouts deal from the other five headers.
        var sideColumn = arrangement is Arrangement.Sidebar or Arrangement.HeadingColumn;
        var header = sideColumn ? Deal<HeaderStyle>(index, 2) : Deal<HeaderStyle>(index, 5, count: 5);
        return new ResumeStyle(
            arrangement,
            header,
            Deal<EntryStyle>(index, 3),
            Deal<DateStyle>(index, 4),
            (SkillsStyle)random.Next(4),
            (Typeface)random.Next(3),
            UpperHeadings: random.Next(2) == 0,
            StyledHeadings: random.Next(10) < 7,
            WordPositioned: random.Next(3) == 0,
            SideOnRight: random.Next(4) == 0,
            BodySize: Pick(random, [9.5, 10, 10.5, 11]),
            A4: random.Next(2) == 0);
    }

    /// <summary>The <paramref name="index"/>-th card of an endless deck holding each value once per round, reshuffled every round.</summary>
    private static T Deal<T>(int index, int deck, int? count = null) where T : struct, Enum
    {
        var values = Enum.GetValues<T>()[..(count ?? Enum.GetValues<T>().Length)];
        var round = new Random(Scramble(index / values.Length, (ulong)deck + 100));
        return Shuffled(values, round).ElementAt(index % values.Length);
    }

    private static (List<RoleTruth> Roles, List<string> Dates) DrawRoles(
        Profession profession, Pool pool, City home, ResumeStyle style, bool wellWritten, Random random)
    {
        var count = wellWritten ? random.Next(2, 5) : random.Next(2, 4);
        var employers = Shuffled(pool.Employers[profession.Id], random).ToList();
        // A promotion (two roles at one employer) is what a shared employer banner is for; other layouts have them too.
        var promoted = style.Entry == EntryStyle.EmployerBanner || random.Next(5) == 0;
        var bullets = new Queue<string>(Shuffled(wellWritten ? profession.Bullets : profession.Duties, random));
        var roles = new List<RoleTruth>();
        var dates = new List<string>();
        var top = random.Next(2, profession.Titles.Length);
        YearMonth? end = random.Next(10) < 7 ? null : Today.AddMonths(-random.Next(1, 8));
        for (var i = 0; i < count; i++)
        {
            var employer = promoted && i == 1 ? roles[0].Employer : employers[i];
            var city = i == 0 || random.Next(2) == 0 ? home : Pick(random, pool.Cities);
            var start = (end ?? Today).AddMonths(-random.Next(14, 50));
            var (text, startTruth, endTruth) = DateText.Range(start, end, style.Dates, random);
            var lines = new List<string>();
            for (var b = random.Next(wellWritten ? 3 : 2, wellWritten ? 6 : 4); b > 0; b--)
            {
                // No line twice in one resume: a long one has fewer bullets per role instead.
                if (bullets.Count > 0)
                {
                    lines.Add(FillNumbers(bullets.Dequeue(), random));
                }
            }
            var title = profession.Titles[Math.Max(0, top - i)];
            roles.Add(new RoleTruth(employer, title, promoted && i == 1 ? roles[0].City : city.Name, startTruth, endTruth, lines));
            dates.Add(text);
            end = start.AddMonths(-random.Next(1, 5));
        }
        return (roles, dates);
    }

    private static (List<SchoolTruth> Schools, List<string> Dates) DrawSchools(Profession profession, Pool pool, List<RoleTruth> roles, Random random)
    {
        var graduated = int.Parse(roles[^1].Start[..4], CultureInfo.InvariantCulture) - random.Next(0, 2);
        var schools = Shuffled(pool.Schools, random).ToList();
        var showRange = random.Next(2) == 0;
        var result = new List<SchoolTruth>();
        var dates = new List<string>();
        if (random.Next(10) < 3)
        {
            // A later, higher degree (the profession's last) listed first.
            var year = graduated + random.Next(2, 5);
            result.Add(new SchoolTruth(profession.Degrees[^1], schools[1], year.ToString(CultureInfo.InvariantCulture)));
            dates.Add(DateText.Graduation(year, showRange, random));
        }
        result.Add(new SchoolTruth(profession.Degrees[random.Next(profession.Degrees.Length - 1)], schools[0], graduated.ToString(CultureInfo.InvariantCulture)));
        dates.Add(DateText.Graduation(graduated, showRange, random));
        return (result, dates);
    }

    private static List<string> SectionOrder(bool summary, bool certifications, bool languages, Random random)
    {
        var kinds = new List<string>();
        if (summary)
        {
            kinds.Add("summary");
        }
        kinds.AddRange(random.Next(3) switch
        {
            0 => ["experience", "education", "skills"],
            1 => ["skills", "experience", "education"],
            _ => ["experience", "skills", "education"],
        });
        if (certifications)
        {
            kinds.Add("certifications");
        }
        if (languages)
        {
            kinds.Add("languages");
        }
        return kinds;
    }

    private static string FillNumbers(string template, Random random) => template
        .Replace("{p}", $"{random.Next(8, 46)}%")
        .Replace("{n}", random.Next(3, 13).ToString(CultureInfo.InvariantCulture))
        .Replace("{k}", random.Next(40, 900).ToString(CultureInfo.InvariantCulture))
        .Replace("{m}", $"${random.Next(12, 95) / 10.0:0.0}M");

    // A side column is narrow: people who put their contact details there keep the address short enough to fit.
    private static string Email(string first, string last, bool compact, Random random)
    {
        var (f, l) = (Ascii(first), Ascii(last));
        if (compact)
        {
            return $"{(random.Next(2) == 0 ? $"{f[0]}.{l}" : $"{f}.{l}")}@example.com";
        }
        var local = random.Next(5) switch
        {
            0 => $"{f}.{l}",
            1 => $"{f}{l}",
            2 => $"{f[0]}.{l}",
            3 => $"{f}_{l}",
            _ => $"{f}.{l}{random.Next(10, 99)}",
        };
        return $"{local}@{Pick(random, MailDomains)}";
    }

    private string Phone(City city, Random random)
    {
        var format = Pick(random, vocabulary.PhoneFormats[city.Country]);
        return string.Concat(format.Select(c => c == '#' ? (char)('0' + random.Next(10)) : c));
    }

    /// <summary>"Zoë Ångström" → "zoe" / "angstrom": what an email address makes of a name.</summary>
    private static string Ascii(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static IEnumerable<T> Shuffled<T>(IEnumerable<T> items, Random random) =>
        items.Select(item => (Key: random.Next(), Item: item)).OrderBy(p => p.Key).Select(p => p.Item).ToList();
}
