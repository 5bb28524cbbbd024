using System.IO.Compression;
using System.Text;

namespace CareerCraft.ExtractionFuzz;

/// <summary>One generated input: the bytes and how they were made (for the report and for reproducing a case).</summary>
public sealed record FuzzCase(int Number, string Mutation, string Seed, byte[] Content)
{
    public string FileName => Content.AsSpan().StartsWith("PK"u8) ? $"case-{Number}.docx" : $"case-{Number}.pdf";
}

/// <summary>
/// A plain mutation fuzzer over seed files (issue 10): bit flips, byte runs, truncations, splices of two files,
/// deep nesting and size growth, plus mutations inside a DOCX's XML that keep the zip valid, so the XML and OpenXml
/// layers are reached rather than stopped at the zip's checksum. Deterministic for a seed.
/// </summary>
public sealed class FileMutator(IReadOnlyList<(string Name, byte[] Content)> seeds, int randomSeed, IReadOnlyCollection<string>? only = null)
{
    private readonly Random _random = new(randomSeed);

    public static readonly string[] AllMutations =
        ["bit-flips", "byte-run", "truncate", "splice", "grow", "pdf-deep-nesting", "pdf-dictionary-bomb", "docx-xml-flips", "docx-deep-nesting", "docx-part-swap", "hostile"];

    private readonly string[] _mutations = only is { Count: > 0 } ? AllMutations.Where(only.Contains).ToArray() : AllMutations;

    public IEnumerable<FuzzCase> Cases(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    private FuzzCase Next(int number)
    {
        var (name, content) = seeds[_random.Next(seeds.Count)];
        var isDocx = content.AsSpan().StartsWith("PK"u8);
        var mutation = _mutations[_random.Next(_mutations.Length)];
        var bytes = mutation switch
        {
            "bit-flips" => BitFlips(content),
            "byte-run" => ByteRun(content),
            "truncate" => content[.._random.Next(1, Math.Max(2, content.Length))],
            "splice" => Splice(content, seeds[_random.Next(seeds.Count)].Content),
            "grow" => Grow(content),
            "pdf-deep-nesting" when !isDocx => Insert(content, Nest("[", "]", _random.Next(1_000, 200_000))),
            "pdf-dictionary-bomb" when !isDocx => Insert(content, Nest("<</A ", ">>", _random.Next(1_000, 100_000))),
            "docx-xml-flips" when isDocx => RewriteDocument(content, XmlFlips),
            "docx-deep-nesting" when isDocx => RewriteDocument(content, xml => InsertNesting(xml, _random.Next(100, 200_000))),
            "docx-part-swap" when isDocx => RewriteDocument(content, _ => Prefix(seeds[_random.Next(seeds.Count)].Content, 4096)),
            "hostile" => Hostile(),
            _ => BitFlips(content),
        };
        return new FuzzCase(number, mutation, name, bytes);
    }

    /// <summary>Another file's first bytes as the main document: a part that is not the XML it should be.</summary>
    private static string Prefix(byte[] other, int length) => Encoding.UTF8.GetString(other.AsSpan(0, Math.Min(length, other.Length)));

    private byte[] BitFlips(byte[] content)
    {
        var copy = (byte[])content.Clone();
        var flips = _random.Next(1, 64);
        for (var i = 0; i < flips; i++)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }
        return copy;
    }

    private byte[] ByteRun(byte[] content)
    {
        var copy = (byte[])content.Clone();
        var start = _random.Next(copy.Length);
        var length = Math.Min(copy.Length - start, _random.Next(1, 4096));
        var value = (byte)(_random.Next(2) == 0 ? 0xFF : _random.Next(256));
        copy.AsSpan(start, length).Fill(value);
        return copy;
    }

    private byte[] Splice(byte[] first, byte[] second)
    {
        var cut = _random.Next(first.Length);
        var from = _random.Next(second.Length);
        return [.. first.AsSpan(0, cut), .. second.AsSpan(from)];
    }

    /// <summary>A chunk of the file repeated until the file is up to 5 MB, the upload limit.</summary>
    private byte[] Grow(byte[] content)
    {
        var start = _random.Next(content.Length);
        var chunk = content.AsSpan(start, Math.Min(content.Length - start, _random.Next(16, 65536))).ToArray();
        var target = _random.Next(content.Length, 5 * 1024 * 1024);
        var output = new MemoryStream(target);
        output.Write(content, 0, start);
        while (output.Length + chunk.Length < target)
        {
            output.Write(chunk);
        }
        output.Write(content, start, content.Length - start);
        return output.ToArray()[..Math.Min((int)output.Length, 5 * 1024 * 1024)];
    }

    private static string Nest(string open, string close, int depth) =>
        new StringBuilder(depth * (open.Length + close.Length)).Insert(0, open, depth).Insert(depth * open.Length, close, depth).ToString();

    private byte[] Insert(byte[] content, string text)
    {
        var at = _random.Next(content.Length);
        return [.. content.AsSpan(0, at), .. Encoding.Latin1.GetBytes(text), .. content.AsSpan(at)];
    }

    private string XmlFlips(string xml)
    {
        var chars = xml.ToCharArray();
        var flips = _random.Next(1, 32);
        const string Nasty = "<>&\"'/=\0\uFFFF ";
        for (var i = 0; i < flips && chars.Length > 0; i++)
        {
            chars[_random.Next(chars.Length)] = Nasty[_random.Next(Nasty.Length)];
        }
        return new string(chars);
    }

    private static string InsertNesting(string xml, int depth)
    {
        var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
        return body < 0 ? xml : xml.Insert(body + "<w:body>".Length, Nest("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", depth));
    }

    /// <summary>The DOCX with its main document rewritten and zipped again, so the zip itself stays valid.</summary>
    private static byte[] RewriteDocument(byte[] docx, Func<string, string> rewrite)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var source = entry.Open();
                    using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                    if (entry.FullName == "word/document.xml")
                    {
                        using var reader = new StreamReader(source);
                        target.Write(Encoding.UTF8.GetBytes(rewrite(reader.ReadToEnd())));
                    }
                    else
                    {
                        source.CopyTo(target);
                    }
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return docx;
        }
    }

    private byte[] Hostile() => _random.Next(5) switch
    {
        0 => HostileFiles.DeepDocx(_random.Next(1_000, 150_000), "w:sdt"),
        1 => HostileFiles.DeepDocx(_random.Next(300, 5_000), "w:tbl", "w:tr", "w:tc"),
        2 => HostileFiles.DeepType4Pdf(_random.Next(10_000, 80_000)),
        // The full-size bomb costs a second to deflate: built once, and smaller ones in between.
        3 => _random.Next(2) == 0 ? HostileFiles.SharedImageBomb : HostileFiles.ImageBomb(_random.Next(1, 6), _random.Next(2_000, 8_000)),
        _ => HostileFiles.GlyphFloodPdf(_random.Next(10_000, 400_000)),
    };
}
