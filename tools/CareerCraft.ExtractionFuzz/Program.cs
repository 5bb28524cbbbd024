using CareerCraft.ExtractionFuzz;

if (args is ["--write-hostile", var folder])
{
    Directory.CreateDirectory(folder);
    File.WriteAllBytes(Path.Combine(folder, "deep-140000.docx"), HostileFiles.DeepDocx(140_000, "w:sdt"));
    File.WriteAllBytes(Path.Combine(folder, "deep-tbl-1000.docx"), HostileFiles.DeepDocx(1_000, "w:tbl", "w:tr", "w:tc"));
    File.WriteAllBytes(Path.Combine(folder, "deep-type4.pdf"), HostileFiles.DeepType4Pdf());
    File.WriteAllBytes(Path.Combine(folder, "image-bomb.pdf"), HostileFiles.ImageBomb());
    File.WriteAllBytes(Path.Combine(folder, "glyph-flood.pdf"), HostileFiles.GlyphFloodPdf());
    return 0;
}
return 1;
