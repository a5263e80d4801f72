using System.Text;

namespace ArubaNoc.Simulator.Http;

/// <summary>A response before it becomes an HttpResponseMessage; fault scripts may rewrite it.</summary>
internal sealed class SimResponse
{
    public SimResponse(int status, byte[] body, string contentType = "application/json")
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; set; }

    public byte[] Body { get; set; }

    public string ContentType { get; set; }

    /// <summary>Extra headers; a header named here replaces the default rate-limit header of that name.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Set for JSON list responses so fault scripts can rewrite the cursor.</summary>
    public bool IsCursorList { get; init; }

    public static SimResponse Text(int status, string text, string contentType) =>
        new(status, Encoding.UTF8.GetBytes(text), contentType);
}
