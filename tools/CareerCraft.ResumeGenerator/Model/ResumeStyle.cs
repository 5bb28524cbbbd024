using System.Text;

namespace CareerCraft.ResumeGenerator.Model;

/// <summary>How the page is divided.</summary>
public enum Arrangement
{
    SingleColumn,
    /// <summary>Newspaper columns: the text runs down the left column, then the right.</summary>
    TwoColumns,
    /// <summary>A narrow column (skills, education, maybe contact) beside the main one.</summary>
    Sidebar,
    /// <summary>A two-column table with each section's heading in the left cell.</summary>
    HeadingColumn,
}

/// <summary>What the top of the resume looks like and where the contact details are.</summary>
public enum HeaderStyle
{
    /// <summary>Name, then one line "City • email • phone".</summary>
    ContactLine,
    /// <summary>Name, then a line holding only the email, then phone and city.</summary>
    EmailOnlyLine,
    /// <summary>Name above a tagline ("Registered Nurse · Critical Care"), then the contact line.</summary>
    Tagline,
    /// <summary>The name in capitals.</summary>
    AllCapsName,
    /// <summary>Only the name (and maybe a tagline) on top; the contact details in the page footer.</summary>
    ContactFooter,
    /// <summary>Contact details in the side column (sidebar or heading column layouts only).</summary>
    ContactSide,
}

/// <summary>How each role's header names the title, the employer, the city and the dates.</summary>
public enum EntryStyle
{
    /// <summary>"Title" with dates on the right; "Employer, City" below.</summary>
    TitleThenCompany,
    /// <summary>"Employer" with dates on the right; "Title" and city below.</summary>
    CompanyThenTitle,
    /// <summary>"Title, Employer" with dates on the right.</summary>
    TitleCommaCompany,
    /// <summary>"Title — Employer" with dates on the right.</summary>
    TitleDashCompany,
    /// <summary>"Employer | City" with dates on the right; "Title" below.</summary>
    CompanyPipeCity,
    /// <summary>One employer line over several roles (a promotion), each role with its own dates.</summary>
    EmployerBanner,
}

public enum DateStyle
{
    /// <summary>"Jan 2020 – Present".</summary>
    MonthYear,
    /// <summary>"01/2019 - 03/2021".</summary>
    Numeric,
    /// <summary>"2018–2020".</summary>
    YearOnly,
    /// <summary>"Sept. 2017 to Dec 2019".</summary>
    SpelledTo,
    /// <summary>"January 2020 - March 2022".</summary>
    FullMonth,
}

public enum SkillsStyle
{
    Commas,
    Pipes,
    Bullets,
    OnePerLine,
}

public enum Typeface
{
    Sans,
    Serif,
    Narrow,
}

/// <summary>Every choice that shapes a generated resume's look, drawn from its seed.</summary>
/// <param name="UpperHeadings">Section headings in capitals ("WORK HISTORY").</param>
/// <param name="StyledHeadings">DOCX: headings use the Heading1 style (else direct bold formatting, as many people do).</param>
/// <param name="WordPositioned">PdfPig: each word placed on its own with no space characters, as LaTeX and Typst output reads.</param>
/// <param name="SideOnRight">Sidebar: the narrow column on the right.</param>
/// <param name="BodySize">Body text size in points.</param>
/// <param name="A4">A4 paper, else US Letter.</param>
public sealed record ResumeStyle(
    Arrangement Arrangement,
    HeaderStyle Header,
    EntryStyle Entry,
    DateStyle Dates,
    SkillsStyle Skills,
    Typeface Typeface,
    bool UpperHeadings,
    bool StyledHeadings,
    bool WordPositioned,
    bool SideOnRight,
    double BodySize,
    bool A4);

/// <summary>Kebab-case names of the style choices, for file names and report rows.</summary>
public static class Labels
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var label = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                label.Append('-');
            }
            label.Append(char.ToLowerInvariant(name[i]));
        }
        return label.ToString();
    }
}
