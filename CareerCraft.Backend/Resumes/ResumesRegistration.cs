using CareerCraft.Backend.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using CareerCraft.ServiceDefaults.Files;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Resumes;

public static class ResumesRegistration
{
    public static IHostApplicationBuilder AddResumes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResumeOptions>().BindConfiguration(ResumeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<MlClientOptions>().BindConfiguration(MlClientOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Uploads are streamed by the reader the ML service uses too: refused with 413 as soon as the file outgrows the
        // limit, instead of buffered whole by form binding first.
        builder.Services.AddSingleton(sp =>
        {
            var resumes = sp.GetRequiredService<IOptions<ResumeOptions>>().Value;
            return new UploadedFileReader(resumes.MaxFileBytes, PriorReading.MaxFormTextBytes(resumes));
        });
        // No body anywhere in this API needs more than an upload; Kestrel's default would accept 30 MB.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ResumeOptions>>((kestrel, resumes) =>
            kestrel.Limits.MaxRequestBodySize = resumes.Value.MaxFileBytes + 1024 * 1024);

        // No retries in the HTTP pipeline (the defaults' handler retries 5xx and dropped connections): every retry
        // re-sends a file that may be what just killed an ML process. Not even 429/503 with Retry-After: the ML
        // service's hint is seconds, and a pending resume is asked again anyway, counted, capped and spaced out by
        // ResumeService, where a user can see it. One bound on the whole call remains.
        var ml = builder.Configuration.GetSection(MlClientOptions.SectionName).Get<MlClientOptions>() ?? new MlClientOptions();
        builder.Services.AddHttpClient<MlTextExtractionClient>((sp, http) =>
                http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<MlClientOptions>>().Value.BaseAddress))
            .WithTimeoutOnly("ml-extract-text", TimeSpan.FromSeconds(ml.ExtractTimeoutSeconds));

        builder.Services.AddScoped<ResumeService>();
        return builder;
    }
}
