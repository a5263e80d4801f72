using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a field that Central's schema describes as one object but that its examples (health summaries,
/// <c>switchTrends</c>) show as an array: an object becomes a one-item list, an array a list, and null or any
/// other token reads as null. Writes a list as an array.
/// </summary>
/// <typeparam name="TItem">Item type; its metadata must be in the same source-generated context.</typeparam>
/// <remarks>Apply with <c>[JsonConverter(typeof(SingleOrArrayConverter&lt;TItem&gt;))]</c> on a <c>List&lt;TItem&gt;?</c> property.</remarks>
public sealed class SingleOrArrayConverter<TItem> : JsonConverter<List<TItem>?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override List<TItem>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<TItem>)options.GetTypeInfo(typeof(TItem));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize(ref reader, itemInfo);
                return single is null ? [] : [single];
            case JsonTokenType.StartArray:
                var items = new List<TItem>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var item = JsonSerializer.Deserialize(ref reader, itemInfo);
                        if (item is not null)
                        {
                            items.Add(item);
                        }
                    }
                    else
                    {
                        // Central sometimes puts scalars or nulls in such arrays; they carry no item.
                        reader.Skip();
                    }
                }

                return items;
            default:
                return null;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, List<TItem>? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var itemInfo = (JsonTypeInfo<TItem>)options.GetTypeInfo(typeof(TItem));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
