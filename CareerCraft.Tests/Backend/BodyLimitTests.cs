using System.Net;
using System.Text;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>Kestrel's own request-body limit (set from the upload limit), on a real socket where it applies.</summary>
public sealed class BodyLimitTests
{
    [Fact]
    public async Task A_json_body_larger_than_any_upload_is_refused_with_413()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "limits.db"));
        factory.UseKestrel(0);
        factory.StartServer();
        var user = await factory.SignUpAsync();

        var huge = "{\"companyName\":\"" + new string('x', 7 * 1024 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cover-letters")
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };
        // As careful clients do: the server can refuse on the headers before 7 MB cross the wire.
        request.Headers.ExpectContinue = true;
        using var response = await user.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        using var me = await user.Client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}
