using System.IO.Compression;
using System.Text;

namespace CareerCraft.ExtractionFuzz;

/// <summary>Writes a PDF from numbered object bodies with a correct cross-reference table, byte for byte.</summary>
public sealed class MinimalPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object; its number (1-based) is returned for references.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>A stream object; <paramref name="compress"/> stores it FlateDecode'd (zlib, as PDF expects).</summary>
    public int AddStream(string dictionary, byte[] data, bool compress)
    {
        var payload = compress ? Deflate(data) : data;
        var filter = compress ? " /Filter /FlateDecode" : "";
        var head = Encoding.Latin1.GetBytes($"<< {dictionary}{filter} /Length {payload.Length} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        return Add([.. head, .. payload, .. tail]);
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>The file, with object 1 as the catalog.</summary>
    public byte[] Build()
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(_objects[i]);
            Write(pdf, "\nendobj\n");
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, table.ToString());
        return pdf.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
