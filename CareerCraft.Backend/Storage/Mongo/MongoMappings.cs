using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace CareerCraft.Backend.Storage.Mongo;

/// <summary>
/// How our records look in BSON: camelCase fields, string <c>_id</c>s, times as BSON dates (the driver's default for
/// <see cref="DateTimeOffset"/> is an array, which neither sorts nor reads well in the shell), unknown fields ignored
/// so an older backend can read a newer document.
/// </summary>
public static class MongoMappings
{
    private static readonly Lazy<bool> Registration = new(RegisterOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Register() => _ = Registration.Value;

    private static bool RegisterOnce()
    {
        var conventions = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreExtraElementsConvention(true),
        };
        ConventionRegistry.Register("CareerCraft.Backend.Storage", conventions, t => t.Namespace == typeof(User).Namespace);

        var date = new DateTimeOffsetSerializer(BsonType.DateTime);
        var optionalDate = new NullableSerializer<DateTimeOffset>(date);

        BsonClassMap.TryRegisterClassMap<User>(map =>
        {
            map.AutoMap();
            map.MapIdMember(u => u.Id);
            map.GetMemberMap(u => u.CreatedAt).SetSerializer(date);
        });
        BsonClassMap.TryRegisterClassMap<UserProfile>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<ProfileLocation>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<ProfileLinks>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<RefreshToken>(map =>
        {
            map.AutoMap();
            map.MapIdMember(t => t.Id);
            map.GetMemberMap(t => t.CreatedAt).SetSerializer(date);
            map.GetMemberMap(t => t.ExpiresAt).SetSerializer(date);
            map.GetMemberMap(t => t.RevokedAt).SetSerializer(optionalDate);
        });
        BsonClassMap.TryRegisterClassMap<Resume>(map =>
        {
            map.AutoMap();
            map.MapIdMember(r => r.Id);
            map.GetMemberMap(r => r.UploadedAt).SetSerializer(date);
            map.GetMemberMap(r => r.AnalyzedAt).SetSerializer(optionalDate);
            map.GetMemberMap(r => r.NextExtractionAt).SetSerializer(optionalDate);
        });
        BsonClassMap.TryRegisterClassMap<CoverLetter>(map =>
        {
            map.AutoMap();
            map.MapIdMember(c => c.Id);
            map.GetMemberMap(c => c.CreatedAt).SetSerializer(date);
            map.GetMemberMap(c => c.UpdatedAt).SetSerializer(date);
        });
        BsonClassMap.TryRegisterClassMap<CoverLetterContent>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<AnalysisSnapshot>(map =>
        {
            map.AutoMap();
            map.GetMemberMap(a => a.At).SetSerializer(date);
        });
        BsonClassMap.TryRegisterClassMap<AnalysisPart>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<AnalysisFinding>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<SavedJob>(map =>
        {
            map.AutoMap();
            map.MapIdMember(j => j.Id);
            map.GetMemberMap(j => j.SavedAt).SetSerializer(date);
            map.GetMemberMap(j => j.UpdatedAt).SetSerializer(date);
        });
        BsonClassMap.TryRegisterClassMap<JobApplication>(map =>
        {
            map.AutoMap();
            map.MapIdMember(a => a.Id);
            map.GetMemberMap(a => a.InterviewAt).SetSerializer(optionalDate);
            map.GetMemberMap(a => a.MatchedAt).SetSerializer(optionalDate);
            map.GetMemberMap(a => a.CreatedAt).SetSerializer(date);
            map.GetMemberMap(a => a.UpdatedAt).SetSerializer(date);
        });
        BsonClassMap.TryRegisterClassMap<StatusChange>(map =>
        {
            map.AutoMap();
            map.GetMemberMap(c => c.At).SetSerializer(date);
        });
        return true;
    }
}
