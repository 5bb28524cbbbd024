using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage.Mongo;
using CareerCraft.Backend.Storage.Sqlite;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace CareerCraft.Backend.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// MongoDB when <c>ConnectionStrings:careercraft</c> is present, otherwise the embedded SQLite store
    /// (DESIGN.md section 5): the repositories, the database file store and a <c>/health</c> check of the store.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var mongo = builder.Configuration.GetConnectionString(StorageOptions.MongoConnectionName);
        if (!string.IsNullOrWhiteSpace(mongo))
        {
            var url = MongoUrl.Create(mongo);
            builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(MongoClientSettings.FromUrl(url)));
            builder.Services.AddSingleton(sp => sp.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? StorageOptions.MongoConnectionName));
            builder.Services.AddSingleton<MongoCollections>();
            builder.Services.AddHostedService<MongoIndexInitializer>();
            builder.Services.AddSingleton<IUserRepository, MongoUserRepository>();
            builder.Services.AddSingleton<IRefreshTokenRepository, MongoRefreshTokenRepository>();
            builder.Services.AddSingleton<IResumeRepository, MongoResumeRepository>();
            builder.Services.AddSingleton<ICoverLetterRepository, MongoCoverLetterRepository>();
            builder.Services.AddSingleton<IJobRepository, MongoJobRepository>();
            builder.Services.AddSingleton<IApplicationRepository, MongoApplicationRepository>();
            builder.Services.AddKeyedSingleton<IFileStore, GridFsFileStore>(FileStores.Database);
            builder.Services.AddHealthChecks().AddCheck<MongoHealthCheck>("mongodb");
        }
        else
        {
            builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
            builder.Services.AddSingleton(sp => SqliteDatabase.Open(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value,
                sp.GetRequiredService<IHostEnvironment>()));
            builder.Services.AddHostedService<SqliteStartup>();
            builder.Services.AddSingleton<IUserRepository, SqliteUserRepository>();
            builder.Services.AddSingleton<IRefreshTokenRepository, SqliteRefreshTokenRepository>();
            builder.Services.AddSingleton<IResumeRepository, SqliteResumeRepository>();
            builder.Services.AddSingleton<ICoverLetterRepository, SqliteCoverLetterRepository>();
            builder.Services.AddSingleton<IJobRepository, SqliteJobRepository>();
            builder.Services.AddSingleton<IApplicationRepository, SqliteApplicationRepository>();
            builder.Services.AddKeyedSingleton<IFileStore, SqliteFileStore>(FileStores.Database);
            builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("sqlite");
        }

        return builder;
    }
}
