using CareerCraft.Backend.Files;
using CareerCraft.Backend.Storage;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// The backend's store built by its own registration (<c>AddStorage</c>) from configuration, exactly as the service
/// chooses it: SQLite in a temp folder, or MongoDB at <c>CAREERCRAFT_TEST_MONGO</c> in a database of its own.
/// </summary>
public sealed class StoreUnderTest : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Mongo = "mongo";
    public const string MongoVariable = "CAREERCRAFT_TEST_MONGO";

    private readonly IHost _host;
    private readonly TempDirectory? _folder;
    private readonly string? _mongoDatabase;

    private StoreUnderTest(IHost host, TempDirectory? folder, string? mongoDatabase)
    {
        _host = host;
        _folder = folder;
        _mongoDatabase = mongoDatabase;
    }

    /// <summary>SQLite always; MongoDB too when a server is named in the environment (none can be installed here).</summary>
    public static TheoryData<string> Kinds
    {
        get
        {
            var kinds = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MongoVariable)))
            {
                kinds.Add(Mongo);
            }
            return kinds;
        }
    }

    public IUserRepository Users => _host.Services.GetRequiredService<IUserRepository>();
    public IRefreshTokenRepository RefreshTokens => _host.Services.GetRequiredService<IRefreshTokenRepository>();
    public IResumeRepository Resumes => _host.Services.GetRequiredService<IResumeRepository>();
    public ICoverLetterRepository CoverLetters => _host.Services.GetRequiredService<ICoverLetterRepository>();
    public IJobRepository Jobs => _host.Services.GetRequiredService<IJobRepository>();
    public IApplicationRepository Applications => _host.Services.GetRequiredService<IApplicationRepository>();
    public IFileStore Files => _host.Services.GetRequiredKeyedService<IFileStore>(FileStores.Database);

    public static async Task<StoreUnderTest> CreateAsync(string kind)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        TempDirectory? folder = null;
        string? database = null;
        if (kind == Mongo)
        {
            var url = new MongoUrlBuilder(Environment.GetEnvironmentVariable(MongoVariable)) { DatabaseName = database = "careercraft_test_" + Guid.NewGuid().ToString("N")[..12] };
            builder.Configuration["ConnectionStrings:careercraft"] = url.ToString();
        }
        else
        {
            folder = new TempDirectory();
            builder.Configuration["Storage:Path"] = Path.Combine(folder.Path, "contract.db");
        }
        builder.AddStorage();
        var host = builder.Build();
        await host.StartAsync();
        return new StoreUnderTest(host, folder, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_mongoDatabase is not null)
        {
            await _host.Services.GetRequiredService<IMongoClient>().DropDatabaseAsync(_mongoDatabase);
        }
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        _folder?.Dispose();
    }
}
