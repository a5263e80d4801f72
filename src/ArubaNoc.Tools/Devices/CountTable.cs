namespace ArubaNoc.Tools.Devices;

/// <summary>
/// Counts of a page's items by a text value, compared case-insensitively; the first spelling seen is kept
/// (Central mixes <c>ONLINE</c> and <c>Online</c>). Unknown values are counted under their own name.
/// </summary>
internal sealed class CountTable
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    /// <summary>Adds one to <paramref name="key"/>, or to <paramref name="missing"/> when the key is null or blank.</summary>
    public void Add(string? key, string missing)
    {
        var name = string.IsNullOrWhiteSpace(key) ? missing : key;
        if (_counts.TryGetValue(name, out var count))
        {
            _counts[name] = count + 1;
            return;
        }

        _counts[name] = 1;
        _order.Add(name);
    }

    /// <summary>Returns the count of <paramref name="key"/>, 0 when never added.</summary>
    public long Get(string key) => _counts.GetValueOrDefault(key);

    /// <summary>Entries in the order first seen.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> InOrder() =>
        [.. _order.Select(name => new KeyValuePair<string, long>(name, _counts[name]))];

    /// <summary>Entries by count, largest first; ties keep the order first seen.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByCount() =>
        [.. InOrder().OrderByDescending(pair => pair.Value)];
}
