namespace CareerCraft.Backend.Applications;

public static class ApplicationsRegistration
{
    public static IHostApplicationBuilder AddApplications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApplicationValidation>();
        builder.Services.AddScoped<ApplicationsCsv>();
        return builder;
    }
}
