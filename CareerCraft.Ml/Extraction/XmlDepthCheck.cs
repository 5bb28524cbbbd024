using System.IO.Compression;
using System.Xml;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// The nesting depth of one XML part, read as a stream (constant stack, no DOM): exact, and far cheaper than finding
/// out by recursion. Word's own documents stay under a few dozen levels even with tables inside text boxes inside tables.
/// </summary>
internal static class XmlDepthCheck
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Throws too-complex when <paramref name="entry"/> nests deeper than <paramref name="maxDepth"/>.</summary>
    public static void Check(ZipArchiveEntry entry, int maxDepth)
    {
        using var reader = XmlReader.Create(entry.Open(), Settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    throw ExtractionErrors.TooComplex(
                        $"its part {entry.FullName} nests elements more than {maxDepth} levels deep, far beyond any real document");
                }
            }
        }
        catch (XmlException)
        {
            throw FileProblems.Damaged($"The Word document's part {entry.FullName} is not well-formed XML: save it again and upload the new copy.");
        }
    }
}
