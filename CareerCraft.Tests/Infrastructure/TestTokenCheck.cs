using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.Web.Services.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCraft.Tests.Infrastructure;

/// <summary>The web's token check as a component test builds it by hand: against the tests' key set (<see cref="TestJwks"/>).</summary>
public static class TestTokenCheck
{
    public static AccessTokenCheck Create()
    {
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = Options.Create(new JwtOptions { JwksUri = TestJwks.Uri });
        return new AccessTokenCheck(new BackendKeySet(http, options), options, NullLogger<AccessTokenCheck>.Instance);
    }
}
