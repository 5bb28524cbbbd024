using CareerCraft.Ml.Documents.Reading;

namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>
/// Contact completeness, 15 points: name 3, email 5, phone 4, location 2, a profile or portfolio link 1.
/// Email and phone weigh most because a recruiter cannot reach the candidate without them.
/// </summary>
public static class ContactScore
{
    public const int Max = 15;

    public static PartResult Evaluate(ContactInfo contact)
    {
        var points = 0;
        var missing = new List<string>();
        var findings = new List<Finding>();
        if (contact.Name is not null)
        {
            points += 3;
        }
        else
        {
            missing.Add("name");
            findings.Add(new(Severities.Critical, "We could not find your name on the first lines; put it alone on the top line so an ATS files the resume under it."));
        }
        if (contact.Email is not null)
        {
            points += 5;
        }
        else
        {
            missing.Add("email");
            findings.Add(new(Severities.Critical, "No email address found; add one to the header next to your phone number."));
        }
        if (contact.Phone is not null)
        {
            points += 4;
        }
        else
        {
            missing.Add("phone");
            findings.Add(new(Severities.Warning, "No phone number found in the header; recruiters often call before they email."));
        }
        if (contact.Location is not null)
        {
            points += 2;
        }
        else
        {
            missing.Add("location");
            findings.Add(new(Severities.Suggestion, "No location in the header; a city and region (e.g. 'Austin, TX') lets location filters find you."));
        }
        if (contact.Links.Count > 0)
        {
            points += 1;
        }
        else
        {
            missing.Add("profile link");
            findings.Add(new(Severities.Suggestion, "No profile link (LinkedIn, portfolio or GitHub) found; one link lets a recruiter verify your history."));
        }
        var reason = missing.Count == 0
            ? "Name, email, phone, location and a link are all present."
            : $"Missing: {TextTools.JoinNatural(missing)}.";
        return new PartResult("contact", points, Max, reason, findings);
    }
}
