namespace ArubaNoc.Simulator.Tenant;

/// <summary>A site of the simulated tenant, as tests need it to build requests.</summary>
/// <param name="Id">Site id (decimal digits, as Central issues them).</param>
/// <param name="Name">Site name; null for a just-created site that has none yet.</param>
public sealed record SimulatedSite(string Id, string? Name);
