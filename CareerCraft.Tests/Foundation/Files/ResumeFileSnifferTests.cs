using System.IO.Compression;
using System.Text;
using CareerCraft.Contracts;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Tests.Foundation.Files;

/// <summary>Content sniffing of files the corpus does not hold; the corpus files themselves go through HTTP.</summary>
public sealed class ResumeFileSnifferTests
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    [Fact]
    public void A_pdf_header_after_leading_junk_is_still_a_pdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 300) + "%PDF-1.4\n");
        Assert.Equal(ResumeFormat.Pdf, ResumeFileSniffer.Sniff(bytes));
    }

    [Fact]
    public void An_encrypted_word_document_is_password_protected_not_legacy()
    {
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.Sniff(Ole.Concat(new byte[64]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).ToArray()));
        Assert.Equal(ProblemTypes.PasswordProtected, error.ProblemType);
        Assert.Equal(422, error.StatusCode);
    }

    [Fact]
    public void A_compound_file_with_a_word_stream_is_a_legacy_doc()
    {
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.Sniff(Ole.Concat(new byte[64]).Concat(Encoding.Unicode.GetBytes("WordDocument")).ToArray()));
        Assert.Equal(415, error.StatusCode);
        Assert.Contains("legacy Word .doc", error.Message);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "Excel workbook")]
    [InlineData("ppt/presentation.xml", "PowerPoint presentation")]
    [InlineData("notes.txt", "zip archive that is not a Word document")]
    public void Other_zips_are_named_once_the_worker_looks_inside(string entry, string named)
    {
        // The web process only sees zip magic; the worker reads the directory.
        Assert.Equal(ResumeFormat.Docx, ResumeFileSniffer.Sniff(Zip(entry)));
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.ConfirmDocx(Zip(entry)));
        Assert.Equal(ProblemTypes.UnsupportedFormat, error.ProblemType);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_zip_with_a_word_document_part_is_docx()
    {
        Assert.Equal(ResumeFormat.Docx, ResumeFileSniffer.Sniff(Zip("word/document.xml")));
        ResumeFileSniffer.ConfirmDocx(Zip("word/document.xml"));
    }

    [Fact]
    public void A_zip_whose_directory_lies_is_damaged_not_a_crash()
    {
        var zip = Zip("word/document.xml");
        // The end-of-central-directory record's offset of the directory, pointed past the end of the file.
        var end = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BitConverter.TryWriteBytes(zip.AsSpan(end + 16), int.MaxValue);
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.ConfirmDocx(zip));
        Assert.Equal(ProblemTypes.DamagedFile, error.ProblemType);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>cv</body></html>", "web page (HTML)")]
    [InlineData("{\\rtf1\\ansi hello}", "Rich Text (.rtf)")]
    [InlineData("GIF89a....", "GIF image")]
    public void Other_content_is_named(string content, string named)
    {
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.Sniff(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(415, error.StatusCode);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Random_bytes_are_an_unrecognised_format()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;
        var error = Assert.Throws<ProblemException>(() => ResumeFileSniffer.Sniff(bytes));
        Assert.Contains("not a recognised document", error.Message);
    }

    private static byte[] Zip(string entryName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write("<x/>");
        }
        return stream.ToArray();
    }
}
