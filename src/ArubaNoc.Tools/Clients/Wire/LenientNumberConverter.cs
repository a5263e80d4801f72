using System.Text.Json;
using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Clients.Wire;

/// <summary>Reads a <see cref="LenientNumber"/> with the rules of <see cref="LenientDoubleConverter"/>.</summary>
public sealed class LenientNumberConverter : JsonConverter<LenientNumber>
{
    private static readonly LenientDoubleConverter Inner = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override LenientNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(Inner.Read(ref reader, typeof(double?), options));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LenientNumber value, JsonSerializerOptions options) =>
        Inner.Write(writer, value.Value, options);
}
