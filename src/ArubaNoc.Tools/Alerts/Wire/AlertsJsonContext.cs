using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Alerts.Wire;

/// <summary>Source-generated JSON metadata of the alert and event responses.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<AlertItem>))]
[JsonSerializable(typeof(AlertClassification))]
[JsonSerializable(typeof(EventList))]
internal sealed partial class AlertsJsonContext : JsonSerializerContext;
