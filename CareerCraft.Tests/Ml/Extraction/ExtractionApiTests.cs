using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CareerCraft.Tests.Infrastructure;
using static CareerCraft.Tests.Ml.Extraction.ExtractionHttp;

namespace CareerCraft.Tests.Ml.Extraction;

[Collection(MlCollection.Name)]
public sealed class ExtractionApiTests(MlServiceFixture ml)
{
    private const int Limit = 5 * 1024 * 1024;
    private const long HugeUpload = 64L * 1024 * 1024;

    [Fact]
    public async Task Answers_the_contract_shape_in_camel_case()
    {
        using var response = await PostFileAsync(ml.Client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf", contentType: "application/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal(
            ["fileName", "format", "pageCount", "text", "ocr", "warnings", "layout"],
            body.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("john.pdf", body.GetProperty("fileName").GetString());
        Assert.Empty(body.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Requires_a_token()
    {
        using var response = await PostFileAsync(ml.Anonymous, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_file_over_5_MB_with_413()
    {
        // A real PDF padded past the limit: the size, not the content, is what is refused.
        var pdf = CorpusExpectations.Read("pdf/rm_john_doe.pdf");
        var padded = new byte[Limit + 1];
        pdf.CopyTo(padded, 0);
        using var response = await PostFileAsync(ml.Client, padded, "big.pdf");
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large", "5 MB");
    }

    [Fact]
    public async Task Accepts_a_file_of_exactly_5_MB()
    {
        var pdf = CorpusExpectations.Read("pdf/rm_john_doe.pdf");
        var padded = new byte[Limit];
        pdf.CopyTo(padded, 0);
        // Bytes after %%EOF are ignored by readers; the file is still the same resume.
        using var response = await PostFileAsync(ml.Client, padded, "exact.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_huge_body_by_its_declared_length_without_reading_it()
    {
        using var form = new MultipartFormDataContent();
        var stream = new LargeStream(HugeUpload, knownLength: true);
        form.Add(new StreamContent(stream, 64 * 1024), "file", "huge.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = form };
        Assert.NotNull(form.Headers.ContentLength);
        using var response = await StreamingClient().SendAsync(request);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large", "5 MB");
        Assert.True(stream.Served < HugeUpload, "the whole upload was read");
    }

    [Fact]
    public async Task Refuses_a_chunked_body_once_the_file_passes_the_limit()
    {
        using var form = new MultipartFormDataContent();
        var stream = new LargeStream(HugeUpload);
        form.Add(new StreamContent(stream, 64 * 1024), "file", "huge.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = form };
        request.Headers.TransferEncodingChunked = true;
        using var response = await StreamingClient().SendAsync(request);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large", "5 MB");
        // The server stopped reading soon after the limit instead of draining the upload.
        Assert.InRange(stream.Served, Limit, Limit + 4L * 1024 * 1024);
    }

    [Fact]
    public async Task Names_a_legacy_doc_in_the_415()
    {
        using var response = await PostFileAsync(ml.Client, CorpusExpectations.Read("bad/legacy_doc_renamed.docx"), "cv.docx",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "unsupported-format", "legacy Word .doc file, which is not supported: save it as .docx or PDF");
    }

    [Fact]
    public async Task Judges_by_content_not_by_name_or_declared_type()
    {
        using var response = await PostFileAsync(ml.Client, Encoding.UTF8.GetBytes("%PDF-1.7 but really just text\n"), "cv.pdf", contentType: "application/pdf");
        await AssertProblem(response, HttpStatusCode.UnprocessableEntity, "damaged-file", "damaged");

        using var jpeg = await PostFileAsync(ml.Client, [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "cv.pdf", contentType: "application/pdf");
        await AssertProblem(jpeg, HttpStatusCode.UnsupportedMediaType, "unsupported-format", "JPEG image");
    }

    [Fact]
    public async Task Refuses_a_request_that_is_not_multipart()
    {
        using var response = await ml.Client.PostAsync(Route, new ByteArrayContent(CorpusExpectations.Read("pdf/rm_john_doe.pdf"))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") },
        });
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "unsupported-format", "multipart/form-data");
    }

    [Fact]
    public async Task Refuses_a_form_without_the_file_field()
    {
        using var response = await PostFileAsync(ml.Client, CorpusExpectations.Read("pdf/rm_john_doe.pdf"), "john.pdf", fieldName: "resume");
        await AssertProblem(response, HttpStatusCode.BadRequest, "invalid-input", "'file'");
    }

    [Fact]
    public async Task A_file_name_is_reduced_to_its_last_segment()
    {
        using var response = await PostFileAsync(ml.Client, CorpusExpectations.Read("docx/syn_features.docx"), "../../etc/passwd\\cv.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cv.docx", (await ReadJsonAsync(response)).GetProperty("fileName").GetString());
    }

    /// <summary>
    /// A client straight onto the test server: the factory's default client buffers request bodies (to replay them on
    /// redirects), which would read the whole upload before the server sees a byte.
    /// </summary>
    private HttpClient StreamingClient()
    {
        var client = ml.Factory.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Create());
        return client;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string type, string detail)
    {
        var problem = await ReadJsonAsync(response);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal("https://careercraft.dev/problems/" + type, problem.GetProperty("type").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A large upload made on the fly (zeros after a PDF header), counting what the server pulled.</summary>
    private sealed class LargeStream(long length, bool knownLength = false) : Stream
    {
        private static readonly byte[] Header = "%PDF-1.7\n"u8.ToArray();

        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            var span = buffer.AsSpan(offset, n);
            span.Clear();
            if (Served < Header.Length)
            {
                var head = Header.AsSpan((int)Served, Math.Min(Header.Length - (int)Served, n));
                head.CopyTo(span);
            }
            Served += n;
            return n;
        }

        public override bool CanRead => true;
        // Seekable only so HttpClient can compute a Content-Length; it never moves.
        public override bool CanSeek => knownLength;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position
        {
            get => Served;
            set
            {
                if (value != Served)
                {
                    throw new NotSupportedException();
                }
            }
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
