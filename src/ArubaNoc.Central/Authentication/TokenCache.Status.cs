using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;

namespace ArubaNoc.Central.Authentication;

public sealed partial class TokenCache
{
    /// <summary>Reads the token state for health reports; never exposes the token.</summary>
    public TokenStatus GetStatus()
    {
        var token = Volatile.Read(ref _current);
        var refreshing = Volatile.Read(ref _refresh) is not null;
        var now = _timeProvider.GetTimestamp();
        TokenState state;
        if (token is not null && !token.IsMarkedExpired && now < token.ExpiresAtTimestamp)
        {
            state = TokenState.Valid;
        }
        else if (refreshing)
        {
            state = TokenState.Refreshing;
        }
        else
        {
            state = token is null && Volatile.Read(ref _refreshCount) == 0 && _lastRefreshError is null ? TokenState.None : TokenState.Expired;
        }

        long? expiresIn = token?.ExpiresAt is null ? null : (long)Math.Floor((token.ExpiresAt.Value - _timeProvider.GetUtcNow()).TotalSeconds);
        return new TokenStatus(state, expiresIn, token?.ObtainedAt, Volatile.Read(ref _refreshCount), Volatile.Read(ref _lastRefreshError), refreshing);
    }

    private static CentralError MissingCredentialsError()
    {
        return new CentralError(
            CentralErrorKind.Config,
            $"Central credentials are missing: set {CentralOptionsLoader.ClientIdVariable} and {CentralOptionsLoader.ClientSecretVariable} " +
            $"(or {CentralOptionsLoader.AccessTokenVariable}), or start with --demo. No request was sent.");
    }
}
