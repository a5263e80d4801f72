using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Errors;

public sealed class ToolErrorsTests
{
    [Fact]
    public void Central_FullBody_ExactText() =>
        Assert.Equal(
            "[ERR] Central returned 400 HPE_GL_NETWORK_MONITORING_INVALID_INPUT: bad filter (debugId abc)",
            ToolErrors.Central(400, "HPE_GL_NETWORK_MONITORING_INVALID_INPUT", "bad filter", "abc").Text);

    [Fact]
    public void Central_MissingCodeAndDebugId_PrintNa() =>
        Assert.Equal("[ERR] Central returned 500 n/a: n/a (debugId n/a)", ToolErrors.Central(500, null, null, null).Text);

    [Fact]
    public void Central_TenantWide400_SuggestsSiteId() =>
        Assert.EndsWith("; retry with site_id (get_sites_health lists site IDs)", ToolErrors.Central(400, "E", "m", "d", suggestSiteId: true).Text, StringComparison.Ordinal);

    [Fact]
    public void Central_LongMessage_CutAt500()
    {
        var error = ToolErrors.Central(400, "E", new string('m', 800), "d");

        Assert.Contains(new string('m', 500) + " (debugId d)", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('m', 501), error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Central_LongDebugId_PrintedInFull()
    {
        var debugId = new string('d', 300);

        Assert.EndsWith($"(debugId {debugId})", ToolErrors.Central(400, "E", "m", debugId).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Central_StructuredCarriesCodes()
    {
        var error = ToolErrors.Central(400, "E1", "m", "d1");

        Assert.Equal(ToolErrorKind.Central, error.Kind);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("E1", error.ErrorCode);
        Assert.Equal("d1", error.DebugId);
    }

    [Fact]
    public void CentralRawBody_First200CharactersWithoutControlCharacters() =>
        Assert.Equal("[ERR] Central returned 502: <html> " + new string('x', 193), ToolErrors.CentralRawBody(502, "<html>\n" + new string('x', 400)).Text);

    [Fact]
    public void NotFound_ExactText() =>
        Assert.Equal("[ERR] Gateway 'CN1' not found (404 HPE_GL_NOT_FOUND, debugId d1)", ToolErrors.NotFound("Gateway", "CN1", "HPE_GL_NOT_FOUND", "d1").Text);

    [Fact]
    public void DeviceNotReady_ExactText() =>
        Assert.Equal("[ERR] Device 'CN1' is offline or not ready (409 E: busy)", ToolErrors.DeviceNotReady("CN1", "E", "busy").Text);

    [Fact]
    public void RateLimited_ExactText() =>
        Assert.Equal("[ERR] Rate limited by Central (429 E); retry after 12 s", ToolErrors.RateLimited("E", 12).Text);

    [Fact]
    public void Transport_ExactText() => Assert.Equal("[ERR] Could not reach Central: timed out after 30 s", ToolErrors.Transport("timed out after 30 s").Text);

    [Fact]
    public void CircuitOpen_ExactText() =>
        Assert.Equal("[ERR] Central calls are paused after repeated failures; retry in 30 s", ToolErrors.CircuitOpen(30).Text);

    [Fact]
    public void Config_ExactText() =>
        Assert.Equal("[ERR] Central credentials are missing or were rejected (invalid_client)", ToolErrors.Config("invalid_client").Text);

    [Fact]
    public void Internal_GenericText() => Assert.StartsWith("[ERR] Internal error", ToolErrors.InternalError().Text, StringComparison.Ordinal);

    [Fact]
    public void ToResult_IsErrorWithEnvelope()
    {
        var result = ToolErrors.ToResult("t", ToolErrors.RateLimited("E", 5));

        Assert.True(result.IsError);
        Assert.Equal("rate_limited", result.StructuredContent!.Value.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(5, result.StructuredContent.Value.GetProperty("error").GetProperty("retryAfterSeconds").GetInt32());
    }

    [Fact]
    public void Validation_OneLinePerFailure()
    {
        var error = ToolErrors.Validation([new ValidationFailure("a", "must be x", "1"), new ValidationFailure("b", "must be y", "2")]);

        Assert.Equal(
            "[ERR] Invalid argument 'a': must be x (got 1). No request was sent.\n[ERR] Invalid argument 'b': must be y (got 2). No request was sent.",
            error.Text);
    }
}
