using CareerCraft.Backend.Infrastructure;

namespace CareerCraft.Backend.Files;

public static class FilesRegistration
{
    /// <summary>
    /// New resume files go to Cloudinary when <c>ConnectionStrings:cloudinary</c> is set, otherwise to the database's
    /// own file store (registered by <c>AddStorage</c>).
    /// </summary>
    public static IHostApplicationBuilder AddFiles(this IHostApplicationBuilder builder)
    {
        var cloudinary = builder.Configuration.GetConnectionString(CloudinaryOptions.ConnectionName);
        var useCloudinary = !string.IsNullOrWhiteSpace(cloudinary);

        builder.Services.AddOptions<CloudinaryOptions>()
            .BindConfiguration(CloudinaryOptions.SectionName)
            .Configure(o =>
            {
                if (useCloudinary && CloudinaryOptions.TryParse(cloudinary!, out var account))
                {
                    (o.ApiKey, o.ApiSecret, o.CloudName) = account;
                }
            });
        if (useCloudinary)
        {
            builder.Services.AddOptions<CloudinaryOptions>()
                .Validate(o => o.ApiKey.Length > 0 && o.ApiSecret.Length > 0 && o.CloudName.Length > 0,
                    "ConnectionStrings:cloudinary must look like cloudinary://API_KEY:API_SECRET@CLOUD_NAME.")
                .ValidateDataAnnotations()
                .ValidateOnStart();
            builder.Services.AddHttpClient<CloudinaryFileStore>()
                .WithShortResilience(attemptTimeout: TimeSpan.FromSeconds(30));
            builder.Services.AddKeyedTransient<IFileStore>(FileStores.Cloudinary,
                (sp, _) => sp.GetRequiredService<CloudinaryFileStore>());
        }

        builder.Services.AddSingleton(new FileStoreSelection(useCloudinary ? FileStores.Cloudinary : FileStores.Database));
        builder.Services.AddSingleton<FileStores>();
        return builder;
    }
}
