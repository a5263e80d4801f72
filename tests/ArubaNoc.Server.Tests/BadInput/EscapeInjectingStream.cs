using System.Text;
using System.Text.RegularExpressions;

namespace ArubaNoc.Server.Tests.BadInput;

/// <summary>
/// Carries JSON escapes of surrogates (<c>\ud800</c>) through the SDK client, whose serializer rejects lone
/// surrogates. <see cref="Protect"/> turns each escape in a JSON text into an ASCII marker before the SDK sees
/// it, and this stream, placed between the SDK and the server's stdin, turns the markers back into the
/// escapes in every newline-delimited message it forwards.
/// </summary>
internal sealed partial class EscapeInjectingStream(Stream inner) : Stream
{
    private const string MarkerPrefix = "@@json-escape-";
    private const string MarkerSuffix = "@@";
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Replaces each surrogate escape in <paramref name="json"/> with a marker that this stream restores.</summary>
    public static string Protect(string json) => SurrogateEscape().Replace(json, match => MarkerPrefix + match.Groups[1].Value + MarkerSuffix);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        ForwardCompleteLines();
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Writes every complete message in the buffer to the server, markers restored, and keeps the rest.</summary>
    private void ForwardCompleteLines()
    {
        var bytes = _pending.GetBuffer().AsSpan(0, (int)_pending.Length);
        var end = bytes.LastIndexOf((byte)'\n');
        if (end < 0)
        {
            return;
        }

        var lines = Encoding.UTF8.GetString(bytes[..(end + 1)]);
        var rest = bytes[(end + 1)..].ToArray();
        var restored = Marker().Replace(lines, match => "\\u" + match.Groups[1].Value);
        inner.Write(Encoding.UTF8.GetBytes(restored));
        inner.Flush();
        _pending.SetLength(0);
        _pending.Write(rest);
    }

    [GeneratedRegex(@"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")]
    private static partial Regex SurrogateEscape();

    [GeneratedRegex("@@json-escape-([0-9a-fA-F]{4})@@")]
    private static partial Regex Marker();
}
