namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Read-only stream over standard input that rewrites each JSON escape of a lone surrogate (<c>\ud800</c>
/// without its low half, or a low half alone) to <c>\ufffd</c>, line by line. The MCP SDK cannot read a
/// message whose strings hold a lone surrogate and replies with a generic internal error. After the rewrite the
/// message reaches the tool, whose argument binder rejects U+FFFD with an error naming the argument.
/// </summary>
/// <remarks>Every other byte passes unchanged, escaped backslashes included. Not thread-safe: one reader.</remarks>
internal sealed class SurrogateEscapeRepairStream(Stream inner) : Stream
{
    private const int EscapeLength = 6;

    private static readonly byte[] Replacement = "\\ufffd"u8.ToArray();

    private readonly byte[] _readBuffer = new byte[16 * 1024];
    private readonly MemoryStream _carry = new();
    private byte[] _ready = [];
    private int _readyOffset;
    private bool _innerEnded;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_readyOffset == _ready.Length && !_innerEnded)
        {
            Accept(inner.Read(_readBuffer));
        }

        return TakeReady(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_readyOffset == _ready.Length && !_innerEnded)
        {
            // Standard input ignores cancellation, so the wait is what gives up when the host stops.
            Accept(await inner.ReadAsync(_readBuffer, CancellationToken.None).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false));
        }

        return TakeReady(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Rewrites the escapes of one complete line (or the unterminated tail at end of input).</summary>
    internal static byte[] Repair(ReadOnlySpan<byte> line)
    {
        if (line.IndexOf("\\u"u8) < 0)
        {
            return line.ToArray();
        }

        var output = new MemoryStream(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != (byte)'\\' || i + 1 >= line.Length)
            {
                output.WriteByte(line[i]);
                i++;
                continue;
            }

            if (line[i + 1] != (byte)'u' || !TryReadEscape(line, i, out var unit))
            {
                // Any other escape, "\\" included, is two bytes that stay as they are.
                output.Write(line.Slice(i, 2));
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryReadEscape(line, i + EscapeLength, out var next) && char.IsLowSurrogate(next))
            {
                output.Write(line.Slice(i, 2 * EscapeLength));
                i += 2 * EscapeLength;
            }
            else
            {
                output.Write(char.IsSurrogate(unit) ? Replacement : line.Slice(i, EscapeLength));
                i += EscapeLength;
            }
        }

        return output.ToArray();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _carry.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool TryReadEscape(ReadOnlySpan<byte> line, int start, out char unit)
    {
        unit = '\0';
        if (start + EscapeLength > line.Length || line[start] != (byte)'\\' || line[start + 1] != (byte)'u')
        {
            return false;
        }

        var value = 0;
        foreach (var digit in line.Slice(start + 2, 4))
        {
            var nibble = digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | nibble;
        }

        unit = (char)value;
        return true;
    }

    /// <summary>Adds what the inner stream returned; complete lines become ready, the rest waits for its newline.</summary>
    private void Accept(int read)
    {
        if (read == 0)
        {
            _innerEnded = true;
            SetReady(Repair(_carry.GetBuffer().AsSpan(0, (int)_carry.Length)));
            _carry.SetLength(0);
            return;
        }

        _carry.Write(_readBuffer, 0, read);
        var pending = _carry.GetBuffer().AsSpan(0, (int)_carry.Length);
        var end = pending.LastIndexOf((byte)'\n');
        if (end < 0)
        {
            return;
        }

        SetReady(Repair(pending[..(end + 1)]));
        var rest = pending[(end + 1)..].ToArray();
        _carry.SetLength(0);
        _carry.Write(rest);
    }

    private void SetReady(byte[] bytes)
    {
        _ready = bytes;
        _readyOffset = 0;
    }

    private int TakeReady(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _ready.Length - _readyOffset);
        _ready.AsSpan(_readyOffset, count).CopyTo(buffer);
        _readyOffset += count;
        return count;
    }
}
