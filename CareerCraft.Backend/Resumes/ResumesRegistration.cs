using CareerCraft.Backend.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Resumes;

public static class ResumesRegistration
{
    public static IHostApplicationBuilder AddResumes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResumeOptions>().BindConfiguration(ResumeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<MlClientOptions>().BindConfiguration(MlClientOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Multipart reading stops as soon as a part outgrows the file limit, instead of buffering up to 128 MB.
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ResumeOptions>>((form, resumes) =>
        {
            form.MultipartBodyLengthLimit = resumes.Value.MaxFileBytes + 1;
            form.ValueCountLimit = 16;
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
