namespace ArubaNoc.Central.Authentication;

/// <summary>Token facts for health reports. Holds no part of the token.</summary>
/// <param name="State">Token state.</param>
/// <param name="ExpiresInSeconds">Whole seconds until the held token expires (negative once expired); null without a token or for a static token.</param>
/// <param name="ObtainedAt">When the held token was requested; null without a token.</param>
/// <param name="RefreshCount">Tokens fetched successfully since start.</param>
/// <param name="LastRefreshError">OAuth2 error code or failure class of the last failed token request since the last success; null when none.</param>
/// <param name="RefreshInFlight">True while a token request is in flight.</param>
public readonly record struct TokenStatus(TokenState State, long? ExpiresInSeconds, DateTimeOffset? ObtainedAt, int RefreshCount, string? LastRefreshError, bool RefreshInFlight);
