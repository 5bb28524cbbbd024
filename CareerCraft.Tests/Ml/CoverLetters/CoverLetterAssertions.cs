using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerCraft.Tests.Ml.CoverLetters;

/// <summary>Checks a cover letter answer against the contract and against the resume it was written from.</summary>
public static partial class CoverLetterAssertions
{
    public static void HasContractShape(JsonElement answer)
    {
        var letter = answer.GetProperty("coverLetter");
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("greeting").GetString()));
        Assert.InRange(letter.GetProperty("body").GetArrayLength(), 3, 4);
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("closing").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("signOff").GetString()));
        var text = answer.GetProperty("text").GetString()!;
        Assert.All(letter.GetProperty("body").EnumerateArray(), p => Assert.Contains(p.GetString()!, text));
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("missingSkills").ValueKind);
    }

    /// <summary>Every number of the letter appears in the resume: the letter states no figure the candidate did not.</summary>
    public static void StatesOnlyNumbersFromTheResume(string letter, string resume)
    {
        foreach (Match number in NumberRegex().Matches(letter))
        {
            Assert.True(resume.Contains(number.Value, StringComparison.Ordinal), $"The letter states {number.Value}, which the resume does not.");
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d.])\d+(?:[.,]\d+)*(?![\p{L}\d])")]
    private static partial Regex NumberRegex();
}
