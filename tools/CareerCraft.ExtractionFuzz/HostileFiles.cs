using System.IO.Compression;
using System.Text;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// The files that took the ML service down before extraction ran in worker processes (issue 10), built in code so no
/// hostile file has to be stored: each is a few KB that costs a parser its stack or its memory.
/// </summary>
public static class HostileFiles
{
    /// <summary>A DOCX whose body nests <paramref name="depth"/> elements, each the pair of tags given, e.g. <c>w:sdt</c>.</summary>
    public static byte[] DeepDocx(int depth, params string[] nestedTags)
    {
        var document = new StringBuilder(depth * 16 * nestedTags.Length);
        document.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < depth; i++)
        {
            foreach (var tag in nestedTags)
            {
                document.Append('<').Append(tag).Append('>');
            }
        }
        document.Append("<w:p><w:r><w:t>Jane Example</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            for (var t = nestedTags.Length - 1; t >= 0; t--)
            {
                document.Append("</").Append(nestedTags[t]).Append('>');
            }
        }
        document.Append("</w:body></w:document>");
        return Docx(document.ToString());
    }

    /// <summary>A one-paragraph DOCX, the smallest well-formed Word document.</summary>
    public static byte[] Docx(string documentXml)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry(zip, "word/document.xml", documentXml);
        }
        return output.ToArray();
    }

    /// <summary>
    /// A PDF whose text colour is a Separation colour space with a PostScript (Type 4) tint transform nesting
    /// <paramref name="depth"/> procedures: PdfPig's Type 4 reader recurses per level (PdfPig#1421).
    /// </summary>
    public static byte[] DeepType4Pdf(int depth = 50_000)
    {
        var function = new StringBuilder("{ ");
        for (var i = 0; i < depth; i++)
        {
            function.Append("true { ");
        }
        function.Append("pop 0 0 0 ");
        for (var i = 0; i < depth; i++)
        {
            function.Append("} if ");
        }
        function.Append('}');

        var pdf = new MinimalPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " +
                "/Resources << /Font << /F1 5 0 R >> /ColorSpace << /CS0 [/Separation /Spot /DeviceRGB 6 0 R] >> >> >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes("/CS0 cs 1 scn BT /F1 12 Tf 72 700 Td (Jane Example, Nurse) Tj ET"), compress: false);
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.AddStream("/FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1]", Encoding.Latin1.GetBytes(function.ToString()), compress: true);
        return pdf.Build();
    }

    private static readonly Lazy<byte[]> ImageBombInstance = new(() => ImageBomb());

    /// <summary>The issue's image bomb, built once per process (deflating 400 MB of zeros takes a second).</summary>
    public static byte[] SharedImageBomb => ImageBombInstance.Value;

    /// <summary>
    /// <paramref name="pages"/> image-only pages showing one <paramref name="side"/> x <paramref name="side"/> grey image
    /// that deflates from almost nothing (400 MB of pixels in about 400 KB at the default size).
    /// </summary>
    public static byte[] ImageBomb(int pages = 5, int side = 20_000)
    {
        var pdf = new MinimalPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{4 + 2 * p} 0 R"));
        pdf.Add($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        pdf.AddStream($"/Type /XObject /Subtype /Image /Width {side} /Height {side} /ColorSpace /DeviceGray /BitsPerComponent 8",
            new byte[(long)side * side], compress: true);
        for (var p = 0; p < pages; p++)
        {
            pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * p} 0 R /Resources << /XObject << /Im0 3 0 R >> >> >>");
            pdf.AddStream("", "q 612 0 0 792 0 0 cm /Im0 Do Q"u8.ToArray(), compress: false);
        }
        return pdf.Build();
    }

    /// <summary>
    /// One page drawing <paramref name="runs"/> short runs of text from a stream of a few KB: each glyph becomes an object
    /// of the PDF reader, so memory, not time, runs out (400,000 runs is 2 million glyphs).
    /// </summary>
    public static byte[] GlyphFloodPdf(int runs = 400_000)
    {
        var content = new StringBuilder("BT /F1 4 Tf ");
        for (var i = 0; i < runs; i++)
        {
            content.Append(i % 150 == 0 ? "0 -5 Td " : "").Append("(ab cd) Tj ");
        }
        content.Append("ET");
        var pdf = new MinimalPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content.ToString()), compress: true);
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.Build();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
