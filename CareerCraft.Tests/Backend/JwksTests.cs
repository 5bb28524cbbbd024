using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Ml;
using CareerCraft.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.Tests.Backend;

/// <summary>Only the backend can mint: its public keys are published, and every service checks against them alone.</summary>
public sealed class JwksTests
{
    [Fact]
    public async Task The_backend_publishes_its_public_key_with_the_kid_its_tokens_carry_and_no_private_part()
    {
        using var data = new TempDirectory();
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "jwks.db"));
        var user = await factory.SignUpAsync();

        var jwks = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/.well-known/jwks.json")).RootElement;
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.False(key.TryGetProperty("d", out _));

        var token = new JsonWebToken(user.Token);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(key.GetProperty("kid").GetString(), token.Kid);
        // The published key alone verifies what the backend signed.
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(user.Token, new TokenValidationParameters
        {
            ValidIssuer = "careercraft",
            ValidAudience = "careercraft",
            IssuerSigningKeys = new JsonWebKeySet(jwks.GetRawText()).Keys,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task During_a_rotation_both_keys_are_published_and_accepted_and_only_the_new_one_signs()
    {
        using var data = new TempDirectory();
        const string next = "the-next-signing-key-after-rotation-0123456789";
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "rotation.db"))
            .WithSetting("Jwt:SigningKey", next)
            .WithSetting("Jwt:PreviousSigningKey", TestJwt.SigningKey);
        var user = await factory.SignUpAsync();

        var kids = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/.well-known/jwks.json")).RootElement
            .GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        var oldKeyToken = TestJwt.Create(user.Id, user.Username, user.Email);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", oldKeyToken);

        Assert.Equal([CareerCraft.Backend.Auth.Keys.SigningKey.From(next).KeyId, TestJwt.Key.KeyId], kids);
        Assert.Equal(kids[0], new JsonWebToken(user.Token).Kid);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_PEM_private_key_works_as_well_as_a_secret_and_another_curve_stops_start_up()
    {
        using var data = new TempDirectory();
        using var p256 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await using var factory = StandaloneBackend.Create(Path.Combine(data.Path, "pem.db")).WithSetting("Jwt:SigningKey", p256.ExportPkcs8PrivateKeyPem());
        var user = await factory.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);

        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);
        await using var wrongCurve = StandaloneBackend.Create(Path.Combine(data.Path, "p384.db")).WithSetting("Jwt:SigningKey", p384.ExportPkcs8PrivateKeyPem());
        var error = Assert.ThrowsAny<Exception>(() => wrongCurve.CreateClient());
        Assert.Contains("P-256", error.ToString());
    }

    public static TheoryData<string> ForgedTokens => new() { "foreign-es256-key", "hs256-with-the-old-shared-secret" };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task The_ml_service_refuses_a_token_the_backend_did_not_sign(string kind)
    {
        await using var ml = new ServiceFactory<MlService>();
        var forged = kind == "foreign-es256-key"
            ? TestJwt.Create(signingKey: TestJwt.ForeignKey)
            : TestJwt.CreateHs256("test-user");

        using var refused = await Get(ml, "/model", forged);
        using var accepted = await Get(ml, "/model", TestJwt.Create());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task The_ml_service_reads_the_real_backends_key_set_through_its_address()
    {
        using var data = new TempDirectory();
        await using var backend = StandaloneBackend.Create(Path.Combine(data.Path, "for-ml.db"));
        var backendAddress = backend.StartOnLoopback();
        await using var ml = new ServiceFactory<MlService>().WithSetting("services:backend:http:0", backendAddress.ToString())
            .WithSetting("Jwt:JwksUri", "https+http://backend/.well-known/jwks.json");
        var user = await backend.SignUpAsync();

        using var accepted = await Get(ml, "/model", user.Token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private static async Task<HttpResponseMessage> Get<T>(ServiceFactory<T> factory, string path, string token) where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(path);
    }
}
