using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Clients.Wire;

/// <summary>Source-generated metadata for the client list, trend and top-usage bodies.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<ClientItem>))]
[JsonSerializable(typeof(ClientTrendBody))]
[JsonSerializable(typeof(CentralList<TopClientItem>))]
internal sealed partial class ClientsJsonContext : JsonSerializerContext;
