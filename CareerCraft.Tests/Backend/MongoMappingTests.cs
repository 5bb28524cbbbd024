using CareerCraft.Backend.Storage;
using CareerCraft.Backend.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace CareerCraft.Tests.Backend;

/// <summary>What can be checked of the MongoDB store without a server: the BSON shape, the indexes and the queries.</summary>
public sealed class MongoMappingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    static MongoMappingTests() => MongoMappings.Register();

    [Fact]
    public void A_user_is_a_camel_case_document_with_a_string_id_and_a_bson_date()
    {
        var user = new User
        {
            Id = "u1",
            UserName = "Ada",
            NormalizedUserName = "ADA",
            Email = "ada@example.com",
            NormalizedEmail = "ADA@EXAMPLE.COM",
            PasswordHash = "hash",
            CreatedAt = T0,
            Profile = new UserProfile { FullName = "Ada", Links = new ProfileLinks { Github = "https://github.com/ada", Other = ["https://x.example"] }, TargetRoles = ["Dev"] },
        };

        var document = user.ToBsonDocument();

        Assert.Equal(new BsonString("u1"), document["_id"]);
        Assert.Equal("ADA@EXAMPLE.COM", document["normalizedEmail"].AsString);
        Assert.Equal("ADA", document["normalizedUserName"].AsString);
        Assert.Equal(BsonType.DateTime, document["createdAt"].BsonType);
        Assert.Equal(T0, new DateTimeOffset(document["createdAt"].ToUniversalTime()));
        Assert.Equal("https://github.com/ada", document["profile"]["links"]["github"].AsString);
        Assert.Equal(new BsonArray { "Dev" }, document["profile"]["targetRoles"]);
        Assert.False(document.Contains("Id"));

        var back = BsonSerializer.Deserialize<User>(document);
        Assert.Equal(user.Id, back.Id);
        Assert.Equal(T0, back.CreatedAt);
        Assert.Equal(["https://x.example"], back.Profile.Links.Other);

        // Fields a newer backend may add do not break an older one.
        document["addedLater"] = 1;
        Assert.Equal("Ada", BsonSerializer.Deserialize<User>(document).UserName);
    }

    [Fact]
    public void Optional_dates_and_the_saved_analysis_round_trip()
    {
        var token = new RefreshToken { Id = "t1", UserId = "u1", FamilyId = "f1", TokenHash = "h", CreatedAt = T0, ExpiresAt = T0.AddDays(14) };
        var tokenDocument = token.ToBsonDocument();
        Assert.Equal(BsonNull.Value, tokenDocument["revokedAt"]);
        Assert.Equal(BsonType.DateTime, tokenDocument["expiresAt"].BsonType);
        token.RevokedAt = T0;
        Assert.Equal(T0, BsonSerializer.Deserialize<RefreshToken>(token.ToBsonDocument()).RevokedAt);

        const string analysis = """{"atsScore":1,"x":{"$gt":""}}""";
        var resume = new Resume { Id = "r1", OwnerId = "u1", UploadedAt = T0, AnalysisJson = analysis, AnalyzedAt = T0 };
        var resumeDocument = resume.ToBsonDocument();
        // Stored as a string: an operator-looking analysis is data, never a query or a field name.
        Assert.Equal(new BsonString(analysis), resumeDocument["analysisJson"]);
        Assert.Equal(analysis, BsonSerializer.Deserialize<Resume>(resumeDocument).AnalysisJson);
    }

    [Fact]
    public void The_extraction_schedule_round_trips_and_documents_from_before_it_still_load()
    {
        var resume = new Resume
        {
            Id = "r1", OwnerId = "u1", UploadedAt = T0, Extraction = ExtractionStatus.Pending,
            ExtractionAttempts = 2, NextExtractionAt = T0.AddMinutes(2), ExtractionDetail = "The PDF needs a password.",
        };
        var document = resume.ToBsonDocument();
        Assert.Equal(2, document["extractionAttempts"].AsInt32);
        Assert.Equal(BsonType.DateTime, document["nextExtractionAt"].BsonType);
        Assert.Equal("The PDF needs a password.", document["extractionDetail"].AsString);
        var back = BsonSerializer.Deserialize<Resume>(document);
        Assert.Equal(2, back.ExtractionAttempts);
        Assert.Equal(T0.AddMinutes(2), back.NextExtractionAt);
        Assert.Equal("The PDF needs a password.", back.ExtractionDetail);

        document.Remove("extractionAttempts");
        document.Remove("nextExtractionAt");
        document.Remove("extractionDetail");
        var old = BsonSerializer.Deserialize<Resume>(document);
        Assert.Equal(0, old.ExtractionAttempts);
        Assert.Null(old.NextExtractionAt);
        Assert.Null(old.ExtractionDetail);
    }

    [Fact]
    public void Claiming_an_attempt_matches_a_pending_resume_at_the_count_seen_and_a_missing_count_as_zero()
    {
        Assert.Equal(
            new BsonDocument { { "_id", "r1" }, { "ownerId", "u1" }, { "extraction", "pending" }, { "extractionAttempts", 3 } },
            Render(MongoResumeRepository.ClaimFilter("u1", "r1", 3)));
        Assert.Equal(
            new BsonDocument
            {
                { "_id", "r1" }, { "ownerId", "u1" }, { "extraction", "pending" },
                { "$or", new BsonArray { new BsonDocument("extractionAttempts", 0), new BsonDocument("extractionAttempts", new BsonDocument("$exists", false)) } },
            },
            Render(MongoResumeRepository.ClaimFilter("u1", "r1", 0)));
    }

    [Fact]
    public void Email_and_username_have_unique_indexes_and_owners_have_sorted_indexes()
    {
        var users = MongoCollections.UserIndexes.Select(i => (Keys: Render(i.Keys), i.Options)).ToList();
        Assert.Contains(users, i => i.Keys == new BsonDocument("normalizedEmail", 1) && i.Options.Unique == true && i.Options.Name == MongoCollections.UniqueEmailIndex);
        Assert.Contains(users, i => i.Keys == new BsonDocument("normalizedUserName", 1) && i.Options.Unique == true && i.Options.Name == MongoCollections.UniqueUserNameIndex);

        var tokens = MongoCollections.RefreshTokenIndexes.Select(i => (Keys: Render(i.Keys), i.Options)).ToList();
        Assert.Contains(tokens, i => i.Keys == new BsonDocument("tokenHash", 1) && i.Options.Unique == true);
        Assert.Contains(tokens, i => i.Keys == new BsonDocument("familyId", 1));
        Assert.Contains(tokens, i => i.Keys == new BsonDocument("expiresAt", 1) && i.Options.ExpireAfter == TimeSpan.Zero);

        Assert.Equal(
            new BsonDocument { { "ownerId", 1 }, { "uploadedAt", -1 }, { "_id", -1 } },
            Render(MongoCollections.ResumeIndexes.Single().Keys));
        Assert.Equal(
            new BsonDocument { { "ownerId", 1 }, { "createdAt", -1 }, { "_id", -1 } },
            Render(MongoCollections.CoverLetterIndexes.Single().Keys));
    }

    [Fact]
    public void Jobs_and_applications_are_camel_case_documents_with_bson_dates_and_owner_indexes()
    {
        var job = new SavedJob { Id = "j1", OwnerId = "u1", Title = "Engineer", SalaryText = "$1", SavedAt = T0, UpdatedAt = T0 };
        var jobDocument = job.ToBsonDocument();
        Assert.Equal(new BsonString("j1"), jobDocument["_id"]);
        Assert.Equal("$1", jobDocument["salaryText"].AsString);
        Assert.Equal(BsonType.DateTime, jobDocument["savedAt"].BsonType);
        Assert.Equal(T0, BsonSerializer.Deserialize<SavedJob>(jobDocument).SavedAt);

        var application = new JobApplication
        {
            Id = "a1", OwnerId = "u1", JobId = "j1", Status = ApplicationStatus.Applied, CreatedAt = T0, UpdatedAt = T0,
            History = [new StatusChange { Status = ApplicationStatus.Applied, At = T0, Note = "n" }],
            MatchJson = """{"$gt":""}""", InterviewAt = T0.AddDays(1),
        };
        var document = application.ToBsonDocument();
        Assert.Equal("applied", document["status"].AsString);
        Assert.Equal(BsonType.DateTime, document["history"][0]["at"].BsonType);
        Assert.Equal(BsonType.DateTime, document["interviewAt"].BsonType);
        Assert.Equal(BsonNull.Value, document["matchedAt"]);
        Assert.Equal(new BsonString("""{"$gt":""}"""), document["matchJson"]);
        var back = BsonSerializer.Deserialize<JobApplication>(document);
        Assert.Equal(T0, back.History.Single().At);
        Assert.Equal(T0.AddDays(1), back.InterviewAt);

        Assert.Equal(
            new BsonDocument { { "ownerId", 1 }, { "savedAt", -1 }, { "_id", -1 } },
            Render(MongoCollections.JobIndexes.Single().Keys));
        var applicationIndexes = MongoCollections.ApplicationIndexes.Select(i => Render(i.Keys)).ToList();
        Assert.Contains(new BsonDocument { { "ownerId", 1 }, { "createdAt", -1 }, { "_id", -1 } }, applicationIndexes);
        Assert.Contains(new BsonDocument { { "ownerId", 1 }, { "jobId", 1 } }, applicationIndexes);
        Assert.Equal(
            new BsonDocument { { "ownerId", "u1" }, { "jobId", """{"$gt": ""}""" } },
            Render(MongoApplicationRepository.ForJob("u1", """{"$gt": ""}""")));
    }

    [Fact]
    public void Saving_an_analysis_pushes_its_snapshot_and_slices_the_history_in_one_update()
    {
        var snapshot = new AnalysisSnapshot { Id = "s1", At = T0, Score = 70, Parts = [new AnalysisPart { Key = "impact", Points = 20, Max = 25 }] };

        var update = MongoResumeRepository.AnalysisUpdate("""{"atsScore":70}""", snapshot)
            .Render(new RenderArgs<Resume>(BsonSerializer.LookupSerializer<Resume>(), BsonSerializer.SerializerRegistry)).AsBsonDocument;

        Assert.Equal("""{"atsScore":70}""", update["$set"]["analysisJson"].AsString);
        Assert.Equal(BsonType.DateTime, update["$set"]["analyzedAt"].BsonType);
        var push = update["$push"]["analyses"].AsBsonDocument;
        Assert.Equal(-Resume.MaxAnalysisHistory, push["$slice"].AsInt32);
        var pushed = push["$each"][0].AsBsonDocument;
        Assert.Equal(70, pushed["score"].AsDouble);
        Assert.Equal(BsonType.DateTime, pushed["at"].BsonType);
        Assert.Equal("impact", pushed["parts"][0]["key"].AsString);
    }

    [Fact]
    public void Queries_compare_operator_looking_input_as_a_plain_string()
    {
        const string hostile = """{"$gt": ""}""";

        var login = Render(MongoUserRepository.ByLogin(hostile));
        Assert.Equal(
            new BsonDocument("$or", new BsonArray { new BsonDocument("normalizedEmail", hostile), new BsonDocument("normalizedUserName", hostile) }),
            login);

        var owned = Render(MongoResumeRepository.Owned("owner-1", hostile));
        Assert.Equal(new BsonDocument { { "_id", hostile }, { "ownerId", "owner-1" } }, owned);
    }

    private static BsonDocument Render<T>(IndexKeysDefinition<T> keys) => keys.Render(Args<T>());

    private static BsonDocument Render<T>(FilterDefinition<T> filter) => filter.Render(Args<T>());

    private static RenderArgs<T> Args<T>() => new(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry);
}
