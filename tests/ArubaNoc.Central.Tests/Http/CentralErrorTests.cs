using System.Text;
using ArubaNoc.Central.Http;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralErrorTests
{
    [Fact]
    public void FromResponse_BodyEchoesToken_TokenRedacted()
    {
        var body = Encoding.UTF8.GetBytes("""{"errorCode":"HPE_GL_ERROR_UNAUTHORIZED","message":"token abc.def.ghi is invalid"}""");

        var error = ErrorMapper.FromResponse(401, body, "/x", null, "abc.def.ghi");

        Assert.Equal("token REDACTED is invalid", error.Message);
    }

    [Fact]
    public void FromResponse_EmptyBody_SaysSo()
    {
        var error = ErrorMapper.FromResponse(502, [], "/x", null, null);

        Assert.Equal("Central returned HTTP 502 with an empty body.", error.Message);
    }

    [Fact]
    public void FromResponse_JsonWithoutErrorFields_TreatedAsRawText()
    {
        var error = ErrorMapper.FromResponse(500, Encoding.UTF8.GetBytes("""{"detail":"boom"}"""), "/x", null, null);

        Assert.Equal("""Central returned HTTP 500: {"detail":"boom"}""", error.Message);
        Assert.Null(error.ErrorCode);
    }

    [Theory]
    [InlineData(CentralErrorKind.Central, "central")]
    [InlineData(CentralErrorKind.NotFound, "not_found")]
    [InlineData(CentralErrorKind.RateLimited, "rate_limited")]
    [InlineData(CentralErrorKind.Transport, "transport")]
    [InlineData(CentralErrorKind.CircuitOpen, "circuit_open")]
    [InlineData(CentralErrorKind.Config, "config")]
    [InlineData(CentralErrorKind.Authentication, "authentication")]
    [InlineData(CentralErrorKind.InvalidResponse, "invalid_response")]
    public void KindName_MatchesWireName(CentralErrorKind kind, string expected)
    {
        Assert.Equal(expected, new CentralError(kind, "m").KindName);
    }
}
