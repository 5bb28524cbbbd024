using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Auth;

/// <summary>
/// Remembers recent sign-in failures per normalised login, and per login and end-user address, and says how long
/// the next attempt must wait (<see cref="SignInThrottleOptions"/>). Asked before the password is checked, so a
/// throttled attempt costs no BCrypt work and answers at once. In memory: the backend is one stateful instance, and
/// a restart forgetting a few failures is harmless.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly SignInThrottleOptions _options;
    private readonly TimeProvider _time;
    private readonly MemoryCache _failures;

    public SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
    {
        _options = options.Value.SignInThrottle;
        _time = time;
        _failures = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxTracked });
    }

    /// <summary>How long this attempt must wait before it may check a password; zero when it may now.</summary>
    public TimeSpan WaitFor(string normalizedLogin, string address)
    {
        var now = _time.GetUtcNow();
        var pair = Wait(Get(PairKey(normalizedLogin, address)), _options.FreeFailuresPerAddress, now);
        var account = Wait(Get(AccountKey(normalizedLogin)), _options.FreeFailuresPerAccount, now);
        return pair > account ? pair : account;
    }

    public void RecordFailure(string normalizedLogin, string address)
    {
        Bump(PairKey(normalizedLogin, address));
        Bump(AccountKey(normalizedLogin));
    }

    /// <summary>The owner is here: their address starts clean, and so does the account.</summary>
    public void RecordSuccess(string normalizedLogin, string address)
    {
        _failures.Remove(PairKey(normalizedLogin, address));
        _failures.Remove(AccountKey(normalizedLogin));
    }

    public void Dispose() => _failures.Dispose();

    private TimeSpan Wait(Failures? failures, int free, DateTimeOffset now)
    {
        if (failures is null || failures.Count <= free)
        {
            return TimeSpan.Zero;
        }
        // 1, 2, 4... seconds for the first, second, third failure past the free ones, capped.
        var doublings = Math.Min(failures.Count - free - 1, 20);
        var delay = TimeSpan.FromSeconds(Math.Min((double)_options.BaseDelaySeconds * (1 << doublings), _options.MaxDelaySeconds));
        var left = failures.Last + delay - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private Failures? Get(string key) => _failures.Get<Failures>(key);

    private void Bump(string key)
    {
        var now = _time.GetUtcNow();
        lock (_failures)
        {
            var count = (Get(key)?.Count ?? 0) + 1;
            _failures.Set(key, new Failures(count, now), new MemoryCacheEntryOptions
            {
                Size = 1,
                SlidingExpiration = TimeSpan.FromMinutes(_options.ForgetAfterMinutes),
            });
        }
    }

    private static string AccountKey(string login) => "a:" + login;

    private static string PairKey(string login, string address) => "p:" + address + "|" + login;

    private sealed record Failures(int Count, DateTimeOffset Last);
}
