using System.Text;
using CareerCraft.Backend.Storage.Mongo;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace CareerCraft.Tests.Deploy;

/// <summary>
/// What the README's Azure DocumentDB section claims of the backend's MongoDB use, checked without a server (the
/// client is built but never connects).
/// </summary>
[Trait("Category", "Deploy")]
public sealed class DocumentDbCompatibilityTests
{
    // The shape of URI DocumentDB hands out, with a weaker write concern than ours added, which must not win.
    private const string ConnectionString =
        "mongodb://user:password@cluster.example:10260/careercraft?tls=true&authMechanism=SCRAM-SHA-256&retrywrites=false&w=1";

    [Fact]
    public void Every_collection_asks_for_majority_acknowledgement_whatever_the_connection_string_says()
    {
        // DocumentDB has no setDefaultRWConcern: the client, not the server, must ask for w: majority.
        var database = new MongoClient(ConnectionString).GetDatabase("careercraft");
        var collections = new MongoCollections(database);

        Assert.Equal(WriteConcern.W1, database.Settings.WriteConcern);
        Assert.Equal(WriteConcern.WMajority, collections.Database.Settings.WriteConcern);
        Assert.All<MongoCollectionSettings>(
            [collections.Users.Settings, collections.RefreshTokens.Settings, collections.Resumes.Settings, collections.CoverLetters.Settings],
            settings => Assert.Equal(WriteConcern.WMajority, settings.WriteConcern));
    }

    [Fact]
    public void Gridfs_in_this_driver_neither_sends_filemd5_nor_can_be_asked_to()
    {
        // DocumentDB's GridFS has no filemd5 command; MongoDB.Driver 3 dropped GridFS MD5 altogether.
        Assert.Null(typeof(GridFSBucketOptions).GetProperty("DisableMD5"));
        var driver = File.ReadAllBytes(typeof(GridFSBucket).Assembly.Location);
        Assert.Equal(-1, driver.AsSpan().IndexOf(Encoding.Unicode.GetBytes("filemd5")));
        Assert.Equal(-1, driver.AsSpan().IndexOf(Encoding.UTF8.GetBytes("filemd5")));
    }
}
