using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Analysis;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>The GeoNames-derived gazetteer: places are places, and a place after a title or employer comes off it.</summary>
public sealed class PlaceGazetteerTests
{
    private static readonly ResumeLexicon Lexicon = ResumeLexicon.Load();

    [Theory]
    [InlineData("Santa Clara")]
    [InlineData("Bengaluru")]
    [InlineData("São Paulo")]
    [InlineData("Bogotá, Colombia")]
    [InlineData("Ontario")]
    [InlineData("Germany")]
    public void Reads_places_as_places(string place) => Assert.True(Lexicon.Places.IsPlace(place));

    [Theory]
    [InlineData("Registered Nurse")]
    [InlineData("Credit Union")]
    [InlineData("Northwind Traders")]
    public void Reads_titles_and_employers_as_neither(string field) => Assert.False(Lexicon.Places.IsPlace(field));

    [Theory]
    [InlineData("Clinical Nurse Educator Reykjavík", "Clinical Nurse Educator")]
    [InlineData("Halvard Robotics Utrecht, Netherlands", "Halvard Robotics")]
    [InlineData("Nexus AI San Francisco", "Nexus AI")]
    [InlineData("University of Toronto", "University of Toronto")]
    [InlineData("Boston Consulting Group", "Boston Consulting Group")]
    public void Takes_a_trailing_place_off_a_title_or_employer(string field, string expected) =>
        Assert.Equal(expected, Lexicon.Places.WithoutTrailingPlace(field));
}
