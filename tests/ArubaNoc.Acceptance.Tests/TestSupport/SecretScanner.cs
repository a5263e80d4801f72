using System.Text;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>
/// Looks for a client secret and access tokens in captured output: each value whole, its Basic-auth form,
/// and every fragment of <see cref="FragmentLength"/> bytes that does not also occur in public text (the
/// client id, or the token's fixed prefix), so a partial leak is caught too.
/// </summary>
internal sealed class SecretScanner
{
    public const int FragmentLength = 8;

    private readonly List<(string Label, byte[] Needle)> _needles = [];

    public SecretScanner(string clientId, string clientSecret, IEnumerable<string> tokens)
    {
        AddWithFragments("client secret", clientSecret, clientId);
        Add("Basic credentials", Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + clientSecret)));
        foreach (var token in tokens.Distinct(StringComparer.Ordinal))
        {
            AddWithFragments("access token", token, "sim-");
        }
    }

    /// <summary>Number of byte sequences searched for.</summary>
    public int NeedleCount => _needles.Count;

    /// <summary>Returns a description of the first secret found in <paramref name="haystack"/>, or null.</summary>
    public string? FindIn(string source, ReadOnlySpan<byte> haystack)
    {
        foreach (var (label, needle) in _needles)
        {
            var at = haystack.IndexOf(needle);
            if (at >= 0)
            {
                // The message names the kind of secret and the offset, never the secret itself.
                return $"{source} holds a fragment of the {label} at byte {at}";
            }
        }

        return null;
    }

    private void AddWithFragments(string label, string value, string publicText)
    {
        Add(label, value);
        for (var start = 0; start + FragmentLength <= value.Length; start++)
        {
            var fragment = value.Substring(start, FragmentLength);
            if (!publicText.Contains(fragment, StringComparison.Ordinal))
            {
                Add(label, fragment);
            }
        }
    }

    private void Add(string label, string value) => _needles.Add((label, Encoding.UTF8.GetBytes(value)));
}
