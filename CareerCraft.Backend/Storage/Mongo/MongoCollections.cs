using MongoDB.Driver;

namespace CareerCraft.Backend.Storage.Mongo;

/// <summary>Collection names and the indexes each needs; the definitions are data so tests can inspect them without a server.</summary>
public sealed class MongoCollections
{
    public const string UsersName = "users";
    public const string RefreshTokensName = "refreshTokens";
    public const string ResumesName = "resumes";
    public const string CoverLettersName = "coverLetters";
    public const string JobsName = "savedJobs";
    public const string ApplicationsName = "applications";
    public const string FilesBucketName = "resumeFiles";

    public const string UniqueEmailIndex = "ux_users_normalizedEmail";
    public const string UniqueUserNameIndex = "ux_users_normalizedUserName";

    public MongoCollections(IMongoDatabase database)
    {
        MongoMappings.Register();
        // Majority: an acknowledged write survives the loss of the primary.
        Database = database.WithWriteConcern(WriteConcern.WMajority);
        Users = Database.GetCollection<User>(UsersName);
        RefreshTokens = Database.GetCollection<RefreshToken>(RefreshTokensName);
        Resumes = Database.GetCollection<Resume>(ResumesName);
        CoverLetters = Database.GetCollection<CoverLetter>(CoverLettersName);
        Jobs = Database.GetCollection<SavedJob>(JobsName);
        Applications = Database.GetCollection<JobApplication>(ApplicationsName);
    }

    public IMongoDatabase Database { get; }
    public IMongoCollection<User> Users { get; }
    public IMongoCollection<RefreshToken> RefreshTokens { get; }
    public IMongoCollection<Resume> Resumes { get; }
    public IMongoCollection<CoverLetter> CoverLetters { get; }
    public IMongoCollection<SavedJob> Jobs { get; }
    public IMongoCollection<JobApplication> Applications { get; }

    public static IReadOnlyList<CreateIndexModel<User>> UserIndexes { get; } =
    [
        new(Builders<User>.IndexKeys.Ascending(u => u.NormalizedEmail), new CreateIndexOptions { Name = UniqueEmailIndex, Unique = true }),
        new(Builders<User>.IndexKeys.Ascending(u => u.NormalizedUserName), new CreateIndexOptions { Name = UniqueUserNameIndex, Unique = true }),
    ];

    public static IReadOnlyList<CreateIndexModel<RefreshToken>> RefreshTokenIndexes { get; } =
    [
        new(Builders<RefreshToken>.IndexKeys.Ascending(t => t.TokenHash), new CreateIndexOptions { Name = "ux_refreshTokens_tokenHash", Unique = true }),
        new(Builders<RefreshToken>.IndexKeys.Ascending(t => t.FamilyId), new CreateIndexOptions { Name = "ix_refreshTokens_familyId" }),
        new(Builders<RefreshToken>.IndexKeys.Ascending(t => t.UserId), new CreateIndexOptions { Name = "ix_refreshTokens_userId" }),
        // Expired tokens are of no use to anyone; let the server drop them.
        new(Builders<RefreshToken>.IndexKeys.Ascending(t => t.ExpiresAt), new CreateIndexOptions { Name = "ttl_refreshTokens_expiresAt", ExpireAfter = TimeSpan.Zero }),
    ];

    public static IReadOnlyList<CreateIndexModel<Resume>> ResumeIndexes { get; } =
    [
        new(Builders<Resume>.IndexKeys.Ascending(r => r.OwnerId).Descending(r => r.UploadedAt).Descending(r => r.Id),
            new CreateIndexOptions { Name = "ix_resumes_owner" }),
    ];

    public static IReadOnlyList<CreateIndexModel<CoverLetter>> CoverLetterIndexes { get; } =
    [
        new(Builders<CoverLetter>.IndexKeys.Ascending(c => c.OwnerId).Descending(c => c.CreatedAt).Descending(c => c.Id),
            new CreateIndexOptions { Name = "ix_coverLetters_owner" }),
    ];

    public static IReadOnlyList<CreateIndexModel<SavedJob>> JobIndexes { get; } =
    [
        new(Builders<SavedJob>.IndexKeys.Ascending(j => j.OwnerId).Descending(j => j.SavedAt).Descending(j => j.Id),
            new CreateIndexOptions { Name = "ix_savedJobs_owner" }),
    ];

    public static IReadOnlyList<CreateIndexModel<JobApplication>> ApplicationIndexes { get; } =
    [
        new(Builders<JobApplication>.IndexKeys.Ascending(a => a.OwnerId).Descending(a => a.CreatedAt).Descending(a => a.Id),
            new CreateIndexOptions { Name = "ix_applications_owner" }),
        // A job is only deleted when no application names it: that check must not scan the owner's applications.
        new(Builders<JobApplication>.IndexKeys.Ascending(a => a.OwnerId).Ascending(a => a.JobId),
            new CreateIndexOptions { Name = "ix_applications_job" }),
    ];

    public async Task CreateIndexesAsync(CancellationToken cancellationToken)
    {
        await Users.Indexes.CreateManyAsync(UserIndexes, cancellationToken);
        await RefreshTokens.Indexes.CreateManyAsync(RefreshTokenIndexes, cancellationToken);
        await Resumes.Indexes.CreateManyAsync(ResumeIndexes, cancellationToken);
        await CoverLetters.Indexes.CreateManyAsync(CoverLetterIndexes, cancellationToken);
        await Jobs.Indexes.CreateManyAsync(JobIndexes, cancellationToken);
        await Applications.Indexes.CreateManyAsync(ApplicationIndexes, cancellationToken);
    }
}
