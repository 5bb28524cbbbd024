using CareerCraft.Backend.Files;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace CareerCraft.Backend.Storage.Mongo;

/// <summary>Files in GridFS next to the records, written with majority acknowledgement like everything else.</summary>
internal sealed class GridFsFileStore(MongoCollections collections) : IFileStore
{
    private readonly GridFSBucket _bucket = new(collections.Database, new GridFSBucketOptions
    {
        BucketName = MongoCollections.FilesBucketName,
        WriteConcern = WriteConcern.WMajority,
    });

    public string Name => FileStores.Database;

    public async Task<string> SaveAsync(string suggestedKey, string fileName, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var id = await _bucket.UploadFromBytesAsync(fileName, content.ToArray(), new GridFSUploadOptions
        {
            Metadata = new BsonDocument { ["resumeId"] = suggestedKey, ["contentType"] = contentType },
        }, cancellationToken);
        return id.ToString();
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!ObjectId.TryParse(key, out var id))
        {
            return null;
        }
        try
        {
            return await _bucket.DownloadAsBytesAsync(id, cancellationToken: cancellationToken);
        }
        catch (GridFSFileNotFoundException)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!ObjectId.TryParse(key, out var id))
        {
            return;
        }
        try
        {
            await _bucket.DeleteAsync(id, cancellationToken);
        }
        catch (GridFSFileNotFoundException)
        {
            // Already gone: deleting is idempotent.
        }
    }
}
