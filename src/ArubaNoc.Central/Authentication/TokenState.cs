namespace ArubaNoc.Central.Authentication;

/// <summary>Token state as <c>check_server_health</c> reports it.</summary>
public enum TokenState
{
    /// <summary>No token has been obtained and none is being fetched.</summary>
    None,

    /// <summary>A token is held and not expired.</summary>
    Valid,

    /// <summary>No usable token is held and a token request is in flight.</summary>
    Refreshing,

    /// <summary>The held token has expired (or was rejected) and no request is in flight.</summary>
    Expired,
}
