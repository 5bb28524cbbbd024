namespace CareerCraft.Ml.Extraction;

public static class ExtractionRegistration
{
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExtractionOptions>()
            .BindConfiguration(ExtractionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<OcrOptions>()
            .BindConfiguration(OcrOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<OcrEngine>();
        builder.Services.AddSingleton<ResumeTextExtractor>();
        builder.Services.AddSingleton<IResumeTextExtractor>(services => services.GetRequiredService<ResumeTextExtractor>());
        builder.Services.AddSingleton<UploadedFileReader>();
        builder.Services.AddExceptionHandler<ExtractionExceptionHandler>();
        builder.Services.AddHostedService<ExtractionWarmup>();
        return builder;
    }
}
