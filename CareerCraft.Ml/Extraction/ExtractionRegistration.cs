using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Extraction.Workers;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

public static class ExtractionRegistration
{
    public const string HealthCheckName = "extraction-workers";

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
        builder.Services.AddOptions<ExtractionWorkerOptions>()
            .BindConfiguration(ExtractionWorkerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ExtractionWorkerOptions>, ExtractionWorkerOptionsValidator>();

        // Untrusted files are parsed only in worker processes (DESIGN.md section 3); this process sniffs and sends.
        builder.Services.AddSingleton<ExtractionWorkerPool>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ExtractionWorkerPool>());
        builder.Services.AddSingleton<IResumeTextExtractor, ResumeTextExtractor>();
        builder.Services.AddSingleton(sp => new UploadedFileReader(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.MaxFileBytes));
        builder.Services.AddHealthChecks().AddCheck<ExtractionWorkersHealthCheck>(HealthCheckName);
        return builder;
    }
}
