using CareerCraft.ServiceDefaults.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Auth;

/// <summary>The answer while a login's password throttle holds: 429 with Retry-After, saying how long in the detail.</summary>
public static class TooManyAttempts
{
    // what: what was failed too often ("failed sign-ins", "wrong passwords").
    public static ProblemHttpResult Problem(HttpResponse response, TimeSpan retryAfter, string what)
    {
        var seconds = RetryAfter.Set(response, retryAfter);
        return TypedResults.Problem(
            title: "Too many attempts",
            detail: $"Too many {what} for this account; try again in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests,
            type: RateLimitRejection.ProblemType);
    }
}
