using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Source-generated JSON metadata for the bodies the client itself reads: the token response, OAuth2 and
/// Central error bodies, and an untyped list envelope. Tools keep their DTOs in contexts of their own.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(CentralErrorBody))]
[JsonSerializable(typeof(CentralList<JsonElement>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class CentralJsonContext : JsonSerializerContext;
