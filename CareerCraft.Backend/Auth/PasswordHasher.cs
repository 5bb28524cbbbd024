using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using BCryptNet = BCrypt.Net.BCrypt;
using HashType = BCrypt.Net.HashType;

namespace CareerCraft.Backend.Auth;

/// <summary>
/// BCrypt over a SHA-384 pre-hash (the "enhanced" mode), so passwords longer than BCrypt's 72-byte input are not
/// silently truncated.
/// </summary>
public sealed class PasswordHasher
{
    private readonly int _workFactor;
    private readonly Lazy<string> _dummyHash;

    public PasswordHasher(IOptions<AuthOptions> options)
    {
        _workFactor = options.Value.BCryptWorkFactor;
        // Verified against when the login is unknown, so that answer costs the same time as a wrong password.
        _dummyHash = new(() => Hash(RandomNumberGenerator.GetHexString(32)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int WorkFactor => _workFactor;

    public string Hash(string password) => BCryptNet.EnhancedHashPassword(password, HashType.SHA384, _workFactor);

    public bool Verify(string password, string hash) => BCryptNet.EnhancedVerify(password, hash, HashType.SHA384);

    /// <summary>Spends one verification's worth of work and always fails.</summary>
    public bool VerifyAgainstDummy(string password)
    {
        Verify(password, _dummyHash.Value);
        return false;
    }
}
