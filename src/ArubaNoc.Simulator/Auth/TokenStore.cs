using System.Globalization;
using System.Security.Cryptography;

namespace ArubaNoc.Simulator.Auth;

internal enum TokenState
{
    Valid,
    Missing,
    Unknown,
    Expired,
}

/// <summary>Tokens issued by the simulated token endpoint and their expiry times. Thread-safe.</summary>
internal sealed class TokenStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Random _random;

    public TokenStore(int seed) => _random = new Random(seed);

    public int IssuedCount
    {
        get
        {
            lock (_lock)
            {
                return _expiries.Count;
            }
        }
    }

    public string Issue(DateTimeOffset expiresAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_lock)
        {
            _random.NextBytes(bytes);
            var token = "sim-" + Convert.ToHexStringLower(bytes) + "-" + _expiries.Count.ToString(CultureInfo.InvariantCulture);
            _expiries[token] = expiresAt;
            return token;
        }
    }

    public TokenState Check(string? token, DateTimeOffset now)
    {
        if (token is null)
        {
            return TokenState.Missing;
        }

        if (CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(SimulatorCredentials.StaticAccessToken)))
        {
            return TokenState.Valid;
        }

        lock (_lock)
        {
            if (!_expiries.TryGetValue(token, out var expiresAt))
            {
                return TokenState.Unknown;
            }

            return now < expiresAt ? TokenState.Valid : TokenState.Expired;
        }
    }

    /// <summary>Marks an issued token as expired now; the static token cannot be expired.</summary>
    public void Expire(string? token, DateTimeOffset now)
    {
        if (token is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_expiries.ContainsKey(token))
            {
                _expiries[token] = now;
            }
        }
    }
}
