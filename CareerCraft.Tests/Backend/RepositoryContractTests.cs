using CareerCraft.Backend.Storage;

namespace CareerCraft.Tests.Backend;

/// <summary>One contract, every store: SQLite always, MongoDB when <c>CAREERCRAFT_TEST_MONGO</c> names a server.</summary>
public sealed class RepositoryContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    public static TheoryData<string> Kinds => StoreUnderTest.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Users_are_found_by_id_or_normalised_login_and_unique_by_email_and_username(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var ada = NewUser("Ada", "Ada@Example.com");
        await store.Users.CreateAsync(ada, default);

        var byId = await store.Users.FindByIdAsync(ada.Id, default);
        Assert.Equal("Ada", byId!.UserName);
        Assert.Equal("Ada@Example.com", byId.Email);
        Assert.Equal(T0, byId.CreatedAt);
        Assert.Equal(ada.Id, (await store.Users.FindByLoginAsync("ADA@EXAMPLE.COM", default))!.Id);
        Assert.Equal(ada.Id, (await store.Users.FindByLoginAsync("ADA", default))!.Id);
        Assert.Null(await store.Users.FindByLoginAsync("""{"$gt": ""}""", default));
        Assert.Equal(0, await store.Users.GetSessionVersionAsync(ada.Id, default));
        Assert.Null(await store.Users.GetSessionVersionAsync("missing", default));

        var sameEmail = await Assert.ThrowsAsync<DuplicateUserException>(() => store.Users.CreateAsync(NewUser("other", "ada@example.COM"), default));
        Assert.Equal("email", sameEmail.Field);
        var sameName = await Assert.ThrowsAsync<DuplicateUserException>(() => store.Users.CreateAsync(NewUser("aDA", "else@example.com"), default));
        Assert.Equal("username", sameName.Field);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_profile_update_replaces_the_profile_and_delete_removes_the_user(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var user = NewUser("grace", "grace@example.com");
        await store.Users.CreateAsync(user, default);
        var profile = new UserProfile
        {
            FullName = "'; DROP TABLE users;--",
            Headline = """{"$gt": ""}""",
            Location = new ProfileLocation { City = "Arlington" },
            Links = new ProfileLinks { Github = "https://github.com/grace", Other = ["https://a.example", "https://b.example"] },
            TargetRoles = ["Engineer"],
        };

        Assert.True(await store.Users.UpdateProfileAsync(user.Id, profile, default));
        Assert.False(await store.Users.UpdateProfileAsync("missing", profile, default));

        var read = (await store.Users.FindByIdAsync(user.Id, default))!.Profile;
        Assert.Equal("'; DROP TABLE users;--", read.FullName);
        Assert.Equal("""{"$gt": ""}""", read.Headline);
        Assert.Equal("Arlington", read.Location.City);
        Assert.Equal(["https://a.example", "https://b.example"], read.Links.Other);
        Assert.Equal(["Engineer"], read.TargetRoles);

        Assert.True(await store.Users.DeleteAsync(user.Id, default));
        Assert.Null(await store.Users.GetSessionVersionAsync(user.Id, default));
        Assert.False(await store.Users.DeleteAsync(user.Id, default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Refresh_tokens_revoke_once_by_family_and_by_user(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var a1 = NewToken("alice", "family-a", "hash-a1");
        var a2 = NewToken("alice", "family-a", "hash-a2");
        var b1 = NewToken("alice", "family-b", "hash-b1");
        var c1 = NewToken("carol", "family-c", "hash-c1");
        foreach (var token in new[] { a1, a2, b1, c1 })
        {
            await store.RefreshTokens.AddAsync(token, default);
        }

        var found = await store.RefreshTokens.FindByHashAsync("hash-a1", default);
        Assert.Equal(a1.Id, found!.Id);
        Assert.Null(found.RevokedAt);
        Assert.Equal(a1.ExpiresAt, found.ExpiresAt);
        Assert.Null(await store.RefreshTokens.FindByHashAsync("hash-zz", default));

        Assert.True(await store.RefreshTokens.TryRevokeAsync(a1.Id, T0, default));
        Assert.False(await store.RefreshTokens.TryRevokeAsync(a1.Id, T0, default));
        Assert.Equal(T0, (await store.RefreshTokens.FindByHashAsync("hash-a1", default))!.RevokedAt);

        await store.RefreshTokens.RevokeFamilyAsync("family-a", T0, default);
        Assert.NotNull((await store.RefreshTokens.FindByHashAsync("hash-a2", default))!.RevokedAt);
        Assert.Null((await store.RefreshTokens.FindByHashAsync("hash-b1", default))!.RevokedAt);

        await store.RefreshTokens.RevokeAllForUserAsync("alice", T0, default);
        Assert.NotNull((await store.RefreshTokens.FindByHashAsync("hash-b1", default))!.RevokedAt);
        Assert.Null((await store.RefreshTokens.FindByHashAsync("hash-c1", default))!.RevokedAt);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Resumes_are_owner_scoped_paged_newest_first_and_updatable(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var resumes = Enumerable.Range(0, 5).Select(i => NewResume("alice", T0.AddMinutes(i))).ToList();
        foreach (var resume in resumes)
        {
            await store.Resumes.AddAsync(resume, default);
        }
        await store.Resumes.AddAsync(NewResume("bob", T0.AddHours(1)), default);

        var page = await store.Resumes.ListAsync("alice", 1, 2, default);
        Assert.Equal(5, page.Total);
        Assert.Equal([resumes[3].Id, resumes[2].Id], page.Items.Select(r => r.Id));
        Assert.Null(await store.Resumes.GetAsync("bob", resumes[0].Id, default));

        Assert.True(await store.Resumes.SetExtractionAsync("alice", resumes[0].Id, new(ExtractionStatus.Done, "text ' \" $gt", null, null), default));
        Assert.False(await store.Resumes.SetExtractionAsync("bob", resumes[0].Id, new(ExtractionStatus.Done, "stolen", null, null), default));
        const string analysis = """{"atsScore":70,"keywords":{"missing":["$where"]}}""";
        Assert.True(await store.Resumes.SetAnalysisAsync("alice", resumes[0].Id, analysis, Snapshot(T0, 70), default));
        Assert.False(await store.Resumes.SetAnalysisAsync("bob", resumes[0].Id, "{}", Snapshot(T0, 1), default));

        var read = await store.Resumes.GetAsync("alice", resumes[0].Id, default);
        Assert.Equal(ExtractionStatus.Done, read!.Extraction);
        Assert.Equal("text ' \" $gt", read.Text);
        Assert.Equal(analysis, read.AnalysisJson);
        Assert.Equal(T0, read.AnalyzedAt);
        Assert.Equal(resumes[0].UploadedAt, read.UploadedAt);
        Assert.Equal(resumes[0].FileKey, read.FileKey);

        Assert.False(await store.Resumes.DeleteAsync("bob", resumes[0].Id, default));
        Assert.True(await store.Resumes.DeleteAsync("alice", resumes[0].Id, default));
        Assert.Equal(4, (await store.Resumes.ListAsync("alice", 0, 10, default)).Total);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_extraction_attempt_is_claimed_once_and_a_final_outcome_ends_the_schedule(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var resume = NewResume("alice", T0);
        await store.Resumes.AddAsync(resume, default);

        Assert.True(await store.Resumes.ClaimExtractionAttemptAsync("alice", resume.Id, 0, T0.AddSeconds(30), default));
        // The same attempt again (a concurrent read), someone else's resume, a stale count: nothing is claimed.
        Assert.False(await store.Resumes.ClaimExtractionAttemptAsync("alice", resume.Id, 0, T0.AddSeconds(30), default));
        Assert.False(await store.Resumes.ClaimExtractionAttemptAsync("bob", resume.Id, 1, T0.AddSeconds(30), default));
        Assert.True(await store.Resumes.ClaimExtractionAttemptAsync("alice", resume.Id, 1, T0.AddMinutes(2), default));
        var pending = await store.Resumes.GetAsync("alice", resume.Id, default);
        Assert.Equal(ExtractionStatus.Pending, pending!.Extraction);
        Assert.Equal(2, pending.ExtractionAttempts);
        Assert.Equal(T0.AddMinutes(2), pending.NextExtractionAt);

        var outcome = new ExtractionOutcome(ExtractionStatus.Failed, null, "https://careercraft.dev/problems/too-complex", "Nested ' \" $gt too deep");
        Assert.True(await store.Resumes.SetExtractionAsync("alice", resume.Id, outcome, default));
        Assert.False(await store.Resumes.SetExtractionAsync("bob", resume.Id, outcome with { Status = ExtractionStatus.Done }, default));
        Assert.False(await store.Resumes.ClaimExtractionAttemptAsync("alice", resume.Id, 2, T0.AddHours(1), default));

        var failed = await store.Resumes.GetAsync("alice", resume.Id, default);
        Assert.Equal(ExtractionStatus.Failed, failed!.Extraction);
        Assert.Equal(outcome.Problem, failed.ExtractionProblem);
        Assert.Equal(outcome.Detail, failed.ExtractionDetail);
        Assert.Null(failed.NextExtractionAt);
        Assert.Equal(2, failed.ExtractionAttempts);

        // What an upload writes round-trips as written.
        var scheduled = NewResume("alice", T0.AddMinutes(1));
        scheduled.ExtractionAttempts = 1;
        scheduled.NextExtractionAt = T0.AddSeconds(30);
        await store.Resumes.AddAsync(scheduled, default);
        var read = await store.Resumes.GetAsync("alice", scheduled.Id, default);
        Assert.Equal(1, read!.ExtractionAttempts);
        Assert.Equal(T0.AddSeconds(30), read.NextExtractionAt);
        Assert.Equal(scheduled.Id, (await store.Resumes.ListAsync("alice", 0, 10, default)).Items[0].Id);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Cover_letters_are_owner_scoped_and_updates_keep_owner_and_creation_time(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var first = NewLetter("alice", T0, "Contoso");
        var second = NewLetter("alice", T0.AddMinutes(1), "Fabrikam");
        await store.CoverLetters.AddAsync(first, default);
        await store.CoverLetters.AddAsync(second, default);

        Assert.Equal(["Fabrikam", "Contoso"], (await store.CoverLetters.ListAsync("alice", 0, 10, default)).Items.Select(c => c.CompanyName));
        Assert.Null(await store.CoverLetters.GetAsync("bob", first.Id, default));

        var edit = NewLetter("alice", T0.AddDays(9), "Northwind");
        edit.Id = first.Id;
        edit.UpdatedAt = T0.AddHours(2);
        edit.Content.Body = ["only paragraph"];
        Assert.True(await store.CoverLetters.UpdateAsync(edit, default));
        var hijack = NewLetter("bob", T0, "Bob Corp");
        hijack.Id = first.Id;
        Assert.False(await store.CoverLetters.UpdateAsync(hijack, default));

        var read = await store.CoverLetters.GetAsync("alice", first.Id, default);
        Assert.Equal("Northwind", read!.CompanyName);
        Assert.Equal(["only paragraph"], read.Content.Body);
        Assert.Equal(T0, read.CreatedAt);
        Assert.Equal(T0.AddHours(2), read.UpdatedAt);

        Assert.False(await store.CoverLetters.DeleteAsync("bob", first.Id, default));
        Assert.True(await store.CoverLetters.DeleteAsync("alice", first.Id, default));
        Assert.Equal(1, (await store.CoverLetters.ListAsync("alice", 0, 10, default)).Total);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Analyses_are_kept_oldest_first_and_only_the_newest_past_the_cap(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var resume = NewResume("alice", T0);
        await store.Resumes.AddAsync(resume, default);
        var total = Resume.MaxAnalysisHistory + 2;
        for (var i = 0; i < total; i++)
        {
            var snapshot = Snapshot(T0.AddMinutes(i), i);
            snapshot.Findings.Add(new AnalysisFinding { Severity = "warning", Category = "impact", Message = "$where: '\\ " + i });
            Assert.True(await store.Resumes.SetAnalysisAsync("alice", resume.Id, $$"""{"atsScore":{{i}}}""", snapshot, default));
        }

        var read = (await store.Resumes.GetAsync("alice", resume.Id, default))!;
        Assert.Equal(Resume.MaxAnalysisHistory, read.Analyses.Count);
        Assert.Equal(Enumerable.Range(2, Resume.MaxAnalysisHistory).Select(i => (double)i), read.Analyses.Select(a => a.Score));
        var last = read.Analyses[^1];
        Assert.Equal(T0.AddMinutes(total - 1), last.At);
        Assert.Equal(T0.AddMinutes(total - 1), read.AnalyzedAt);
        Assert.Equal($$"""{"atsScore":{{total - 1}}}""", read.AnalysisJson);
        Assert.Equal([("impact", 9.5, 25.0)], last.Parts.Select(p => (p.Key, p.Points, p.Max)));
        Assert.Equal("$where: '\\ " + (total - 1), Assert.Single(last.Findings).Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Saved_jobs_are_owner_scoped_paged_newest_first_and_updates_keep_owner_and_save_date(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var jobs = Enumerable.Range(0, 3).Select(i => NewJob("alice", T0.AddMinutes(i), $"Job {i}")).ToList();
        foreach (var job in jobs)
        {
            await store.Jobs.AddAsync(job, default);
        }
        await store.Jobs.AddAsync(NewJob("bob", T0.AddHours(1), "Bob's"), default);

        var page = await store.Jobs.ListAsync("alice", 1, 1, default);
        Assert.Equal(3, page.Total);
        Assert.Equal(jobs[1].Id, Assert.Single(page.Items).Id);
        Assert.Null(await store.Jobs.GetAsync("bob", jobs[0].Id, default));

        var edit = NewJob("alice", T0.AddDays(9), "'; DROP TABLE saved_jobs;--");
        edit.Id = jobs[0].Id;
        edit.UpdatedAt = T0.AddHours(2);
        edit.SalaryText = """{"$gt": ""}""";
        Assert.True(await store.Jobs.UpdateAsync(edit, default));
        var hijack = NewJob("bob", T0, "Bob wins");
        hijack.Id = jobs[0].Id;
        Assert.False(await store.Jobs.UpdateAsync(hijack, default));

        var read = (await store.Jobs.GetAsync("alice", jobs[0].Id, default))!;
        Assert.Equal("'; DROP TABLE saved_jobs;--", read.Title);
        Assert.Equal("""{"$gt": ""}""", read.SalaryText);
        Assert.Equal(T0, read.SavedAt);
        Assert.Equal(T0.AddHours(2), read.UpdatedAt);
        Assert.Equal("alice", read.OwnerId);

        Assert.False(await store.Jobs.DeleteAsync("bob", jobs[0].Id, default));
        Assert.True(await store.Jobs.DeleteAsync("alice", jobs[0].Id, default));
        Assert.Equal(2, await store.Jobs.CountAsync("alice", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Applications_are_owner_scoped_and_updates_keep_owner_job_and_creation_time(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var first = NewApplication("alice", "job-1", T0);
        var second = NewApplication("alice", "job-2", T0.AddMinutes(1));
        await store.Applications.AddAsync(first, default);
        await store.Applications.AddAsync(second, default);
        await store.Applications.AddAsync(NewApplication("bob", "job-3", T0), default);

        Assert.Equal([second.Id, first.Id], (await store.Applications.ListAsync("alice", 0, 10, default)).Items.Select(a => a.Id));
        Assert.Null(await store.Applications.GetAsync("bob", first.Id, default));
        Assert.True(await store.Applications.AnyForJobAsync("alice", "job-1", default));
        Assert.False(await store.Applications.AnyForJobAsync("bob", "job-1", default));

        var edit = NewApplication("alice", "job-other", T0.AddDays(5));
        edit.Id = first.Id;
        edit.ResumeId = null;
        edit.CoverLetterId = null;
        edit.Status = ApplicationStatus.Applied;
        // The history is the caller's to extend (the API appends to what it read).
        edit.History = [.. first.History, new StatusChange { Status = ApplicationStatus.Applied, At = T0.AddHours(1), Note = "sent \" $set" }];
        edit.InterviewAt = T0.AddDays(3);
        edit.MatchJson = """{"jobFitScore":70,"x":{"$gt":""}}""";
        edit.MatchResumeId = "resume-1";
        edit.MatchedAt = T0.AddHours(1);
        edit.UpdatedAt = T0.AddHours(1);
        Assert.True(await store.Applications.UpdateAsync(edit, default));
        var hijack = NewApplication("bob", "job-1", T0);
        hijack.Id = first.Id;
        Assert.False(await store.Applications.UpdateAsync(hijack, default));

        var read = (await store.Applications.GetAsync("alice", first.Id, default))!;
        Assert.Equal("job-1", read.JobId);
        Assert.Null(read.ResumeId);
        Assert.Null(read.CoverLetterId);
        Assert.Equal(ApplicationStatus.Applied, read.Status);
        Assert.Equal([(ApplicationStatus.Saved, T0, ""), (ApplicationStatus.Applied, T0.AddHours(1), "sent \" $set")],
            read.History.Select(h => (h.Status, h.At, h.Note)));
        Assert.Equal(T0.AddDays(3), read.InterviewAt);
        Assert.Equal(edit.MatchJson, read.MatchJson);
        Assert.Equal("resume-1", read.MatchResumeId);
        Assert.Equal(T0, read.CreatedAt);
        Assert.Equal(T0.AddHours(1), read.UpdatedAt);

        Assert.False(await store.Applications.DeleteAsync("bob", first.Id, default));
        Assert.True(await store.Applications.DeleteAsync("alice", first.Id, default));
        Assert.False(await store.Applications.AnyForJobAsync("alice", "job-1", default));
        Assert.Equal(1, await store.Applications.CountAsync("alice", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_database_file_store_keeps_bytes_until_deleted(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("syn_features.docx"));

        var key = await store.Files.SaveAsync("resume-1", "cv.docx", "application/octet-stream", bytes, default);

        Assert.Equal("database", store.Files.Name);
        Assert.Equal(bytes, await store.Files.ReadAsync(key, default));
        await store.Files.DeleteAsync(key, default);
        Assert.Null(await store.Files.ReadAsync(key, default));
        await store.Files.DeleteAsync(key, default);
        Assert.Null(await store.Files.ReadAsync("no-such-key", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Session_version_password_and_email_change_atomically_and_email_stays_unique(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        var ada = NewUser("ada", "ada@example.com");
        var bob = NewUser("bob", "bob@example.com");
        await store.Users.CreateAsync(ada, default);
        await store.Users.CreateAsync(bob, default);

        Assert.Equal(1, await store.Users.BumpSessionVersionAsync(ada.Id, default));
        Assert.Equal(2, await store.Users.BumpSessionVersionAsync(ada.Id, default));
        Assert.Null(await store.Users.BumpSessionVersionAsync("missing", default));
        Assert.Equal(0, await store.Users.GetSessionVersionAsync(bob.Id, default));

        Assert.True(await store.Users.SetPasswordHashAsync(ada.Id, "$2a$04$new-hash", default));
        var changed = (await store.Users.FindByIdAsync(ada.Id, default))!;
        Assert.Equal("$2a$04$new-hash", changed.PasswordHash);
        Assert.Equal(3, changed.SessionVersion);

        Assert.True(await store.Users.SetEmailAsync(ada.Id, "Ada@New.example", User.Normalize("Ada@New.example"), default));
        Assert.Equal(ada.Id, (await store.Users.FindByLoginAsync("ADA@NEW.EXAMPLE", default))!.Id);
        Assert.Null(await store.Users.FindByLoginAsync("ADA@EXAMPLE.COM", default));
        var taken = await Assert.ThrowsAsync<DuplicateUserException>(() =>
            store.Users.SetEmailAsync(ada.Id, "BOB@example.com", User.Normalize("BOB@example.com"), default));
        Assert.Equal("email", taken.Field);
        Assert.Equal("Ada@New.example", (await store.Users.FindByIdAsync(ada.Id, default))!.Email);
        // The old address is free again for someone else.
        await store.Users.CreateAsync(NewUser("carol", "ada@example.com"), default);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_owners_usage_is_counted_and_everything_of_theirs_is_deleted_and_nothing_else(string kind)
    {
        await using var store = await StoreUnderTest.CreateAsync(kind);
        for (var i = 0; i < 3; i++)
        {
            await store.Resumes.AddAsync(NewResume("alice", T0.AddMinutes(i)), default);
            await store.CoverLetters.AddAsync(NewLetter("alice", T0.AddMinutes(i), "Contoso"), default);
        }
        await store.Resumes.AddAsync(NewResume("bob", T0), default);
        await store.CoverLetters.AddAsync(NewLetter("bob", T0, "Fabrikam"), default);
        await store.RefreshTokens.AddAsync(NewToken("alice", "family-a", "hash-a"), default);
        await store.RefreshTokens.AddAsync(NewToken("bob", "family-b", "hash-b"), default);
        await store.Jobs.AddAsync(NewJob("alice", T0, "Mine"), default);
        await store.Jobs.AddAsync(NewJob("bob", T0, "Bob's"), default);
        await store.Applications.AddAsync(NewApplication("alice", "job-a", T0), default);
        await store.Applications.AddAsync(NewApplication("bob", "job-b", T0), default);

        Assert.Equal(new StorageUsage(3, 3 * 1234), await store.Resumes.GetUsageAsync("alice", default));
        Assert.Equal(new StorageUsage(0, 0), await store.Resumes.GetUsageAsync("nobody", default));
        Assert.Equal(3, await store.CoverLetters.CountAsync("alice", default));

        await store.Resumes.DeleteAllAsync("alice", default);
        await store.CoverLetters.DeleteAllAsync("alice", default);
        await store.RefreshTokens.DeleteAllForUserAsync("alice", default);
        await store.Jobs.DeleteAllAsync("alice", default);
        await store.Applications.DeleteAllAsync("alice", default);
        Assert.Equal(0, await store.Jobs.CountAsync("alice", default));
        Assert.Equal(0, await store.Applications.CountAsync("alice", default));
        Assert.Equal(1, await store.Jobs.CountAsync("bob", default));
        Assert.Equal(1, await store.Applications.CountAsync("bob", default));

        Assert.Equal(0, (await store.Resumes.ListAsync("alice", 0, 10, default)).Total);
        Assert.Equal(0, await store.CoverLetters.CountAsync("alice", default));
        Assert.Null(await store.RefreshTokens.FindByHashAsync("hash-a", default));
        Assert.Equal(1, (await store.Resumes.ListAsync("bob", 0, 10, default)).Total);
        Assert.Equal(1, await store.CoverLetters.CountAsync("bob", default));
        Assert.NotNull(await store.RefreshTokens.FindByHashAsync("hash-b", default));
    }

    private static AnalysisSnapshot Snapshot(DateTimeOffset at, double score) => new()
    {
        Id = Ids.New(),
        At = at,
        Score = score,
        Parts = [new AnalysisPart { Key = "impact", Points = 9.5, Max = 25 }],
    };

    private static SavedJob NewJob(string owner, DateTimeOffset at, string title) => new()
    {
        Id = Ids.New(),
        OwnerId = owner,
        Title = title,
        Company = "Contoso",
        Location = "Remote",
        Url = "https://jobs.example/1",
        Description = "Requirements: C#.",
        SalaryText = "$100k",
        Source = "referral",
        SavedAt = at,
        UpdatedAt = at,
    };

    private static JobApplication NewApplication(string owner, string jobId, DateTimeOffset at) => new()
    {
        Id = Ids.New(),
        OwnerId = owner,
        JobId = jobId,
        ResumeId = "resume-1",
        CoverLetterId = "letter-1",
        Status = ApplicationStatus.Saved,
        History = [new StatusChange { Status = ApplicationStatus.Saved, At = at }],
        Notes = "notes",
        CreatedAt = at,
        UpdatedAt = at,
    };

    private static User NewUser(string userName, string email) => new()
    {
        Id = Ids.New(),
        UserName = userName,
        NormalizedUserName = User.Normalize(userName),
        Email = email,
        NormalizedEmail = User.Normalize(email),
        PasswordHash = "$2a$04$abcdefghijklmnopqrstuv",
        CreatedAt = T0,
    };

    private static RefreshToken NewToken(string userId, string family, string hash) => new()
    {
        Id = Ids.New(),
        UserId = userId,
        FamilyId = family,
        TokenHash = hash,
        CreatedAt = T0,
        // Far ahead: MongoDB's TTL index would remove a token already expired.
        ExpiresAt = T0.AddYears(100),
    };

    private static Resume NewResume(string owner, DateTimeOffset at) => new()
    {
        Id = Ids.New(),
        OwnerId = owner,
        Name = "cv",
        FileName = "cv.pdf",
        ContentType = "application/pdf",
        Size = 1234,
        UploadedAt = at,
        Storage = "database",
        FileKey = "key-" + Guid.NewGuid().ToString("N"),
    };

    private static CareerCraft.Backend.Storage.CoverLetter NewLetter(string owner, DateTimeOffset at, string company) => new()
    {
        Id = Ids.New(),
        OwnerId = owner,
        CompanyName = company,
        JobTitle = "Engineer",
        JobDescription = "Build things",
        Tone = "formal",
        Content = new CoverLetterContent { Greeting = "Hello,", Body = ["one", "two"], Closing = "Thanks", SignOff = "Best,", CandidateName = "Ada" },
        CreatedAt = at,
        UpdatedAt = at,
    };
}
