using System.Text;

namespace ArubaNoc.Server.Tests.TestSupport;

/// <summary>The bytes a <see cref="RecordingStream"/> saw, readable as JSON-RPC lines.</summary>
internal sealed class RecordedOutput
{
    private readonly List<byte> _bytes = [];

    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_bytes)
        {
            _bytes.AddRange(data);
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_bytes)
        {
            return Encoding.UTF8.GetString([.. _bytes]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}

/// <summary>A write-only stream that forwards to an inner stream and records what passed through.</summary>
internal sealed class RecordingStream(Stream inner, RecordedOutput record) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        record.Append(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        record.Append(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
