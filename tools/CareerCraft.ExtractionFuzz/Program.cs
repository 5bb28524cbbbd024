using CareerCraft.ExtractionFuzz;

// Mutation fuzzing of the ML service's extraction (issue 10): see README.md next to this file.
var root = RepositoryRoot();
if (args is ["--write-hostile", var folder])
{
    Directory.CreateDirectory(folder);
    File.WriteAllBytes(Path.Combine(folder, "deep-140000.docx"), HostileFiles.DeepDocx(140_000, "w:sdt"));
    File.WriteAllBytes(Path.Combine(folder, "deep-tables.docx"), HostileFiles.DeepDocx(2_000, "w:tbl", "w:tr", "w:tc"));
    File.WriteAllBytes(Path.Combine(folder, "deep-type4.pdf"), HostileFiles.DeepType4Pdf());
    File.WriteAllBytes(Path.Combine(folder, "image-bomb.pdf"), HostileFiles.ImageBomb());
    File.WriteAllBytes(Path.Combine(folder, "glyph-flood.pdf"), HostileFiles.GlyphFloodPdf());
    Console.WriteLine($"Wrote the hostile files to {folder}.");
    return 0;
}
return await new FuzzRun(FuzzOptions.Parse(args, root)).RunAsync();

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "CareerCraft.sln")))
        {
            return folder.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
