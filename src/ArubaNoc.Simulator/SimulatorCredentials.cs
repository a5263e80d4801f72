namespace ArubaNoc.Simulator;

/// <summary>
/// Demo credentials that the simulator's token endpoint accepts. They grant access to the simulated
/// tenant only and are public on purpose: demo mode and tests configure the client with them.
/// </summary>
public static class SimulatorCredentials
{
    /// <summary>Client id accepted by <c>POST /as/token.oauth2</c>.</summary>
    public const string ClientId = "aruba-noc-demo-client";

    /// <summary>Client secret accepted together with <see cref="ClientId"/>.</summary>
    public const string ClientSecret = "aruba-noc-demo-secret";

    /// <summary>
    /// A static bearer token that never expires, for tests of the static <c>ARUBA_ACCESS_TOKEN</c> mode.
    /// Fault scripts that expire the presented token do not affect it.
    /// </summary>
    public const string StaticAccessToken = "sim-static-access-token";

    /// <summary>Path of the OAuth2 token endpoint; the simulator serves it on any host.</summary>
    public const string TokenPath = "/as/token.oauth2";
}
