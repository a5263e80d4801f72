namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>One request as the fake handler saw it.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Host,
    string PathAndQuery,
    string? Authorization,
    string? Accept,
    string? ContentType,
    string Body,
    DateTimeOffset At)
{
    /// <summary>The bearer token sent, or null.</summary>
    public string? BearerToken => Authorization is { } value && value.StartsWith("Bearer ", StringComparison.Ordinal) ? value["Bearer ".Length..] : null;
}
