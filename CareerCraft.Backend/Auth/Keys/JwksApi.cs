using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Auth.Keys;

public static class JwksApi
{
    public const string Path = "/.well-known/jwks.json";

    /// <summary>
    /// The public keys the ML service and the web check tokens with. Open: public keys are meant to be read, and the
    /// services fetching them hold no token yet.
    /// </summary>
    public static IEndpointRouteBuilder MapJwksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, Keys).AllowAnonymous().DisableRateLimiting().WithTags("Auth");
        return routes;
    }

    private static Ok<JwksDocument> Keys(SigningKeys keys, HttpContext http)
    {
        // Short enough that a rotation reaches every cache within minutes.
        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(keys.Document);
    }
}
