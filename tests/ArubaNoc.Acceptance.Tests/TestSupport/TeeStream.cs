using System.Text;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>Bytes that passed through a <see cref="TeeStream"/>. Thread-safe.</summary>
internal sealed class RecordedBytes
{
    private readonly List<byte> _bytes = [];

    public long Length
    {
        get
        {
            lock (_bytes)
            {
                return _bytes.Count;
            }
        }
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_bytes)
        {
            _bytes.AddRange(data);
        }
    }

    public byte[] ToArray()
    {
        lock (_bytes)
        {
            return [.. _bytes];
        }
    }

    public string Text() => Encoding.UTF8.GetString(ToArray());
}

/// <summary>Forwards reads and writes to an inner stream and records every byte that passed.</summary>
internal sealed class TeeStream(Stream inner, RecordedBytes record) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        record.Append(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        record.Append(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
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
