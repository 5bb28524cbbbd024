using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace CareerCraft.Backend.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// MongoDB when <c>ConnectionStrings:careercraft</c> is present, otherwise the embedded SQLite store
    /// (DESIGN.md section 5). Either way <c>/health</c> checks the store for real.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var mongo = builder.Configuration.GetConnectionString(StorageOptions.MongoConnectionName);
        if (!string.IsNullOrWhiteSpace(mongo))
        {
            var url = MongoUrl.Create(mongo);
            builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(MongoClientSettings.FromUrl(url)));
            builder.Services.AddSingleton(sp => sp.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? StorageOptions.MongoConnectionName));
            builder.Services.AddHealthChecks().AddCheck<MongoHealthCheck>("mongodb");
        }
        else
        {
            builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
            builder.Services.AddSingleton(sp => SqliteDatabase.Open(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value,
                sp.GetRequiredService<IHostEnvironment>()));
            builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("sqlite");
        }

        return builder;
    }
}
