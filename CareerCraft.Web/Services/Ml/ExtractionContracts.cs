namespace CareerCraft.Web.Services.Ml;

public sealed record ExtractedText(
    string FileName, string Format, int PageCount, string Text, bool Ocr, IReadOnlyList<string>? Warnings);
