using System.Globalization;
using System.Text;
using System.Text.Json;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

/// <summary>
/// Binds many random argument objects built from the declared parameters of the sample tool and of every
/// built-in tool, and asserts that no exception ever escapes validation. The seed is fixed so a failure reproduces.
/// </summary>
public sealed class BinderFuzzTests
{
    private const int Seed = 20260115;
    private const int ObjectCount = 100_000;
    private const int ValuePoolSize = 20_000;

    private static readonly string[] JsonFragments =
    [
        "null", "true", "false", "0", "-1", "1", "5.0", "1.5", "1e308", "-1e308", "1e-7", "4094", "2147483648",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "100000000000000000000000000000",
        "[]", "[1,\"a\",null]", "{}", "{\"a\":{\"b\":[]}}", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\\ude80\"",
        "\"\\u0000\"", "\"\\u001f\"", "\"\\u007f\"", "\"\\u0085\"", "\"\\ufeff\"", "\"\\u202e\"", "\"\\u200b\"",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "\t", "../", "..%2F..%2F", "%2F", "a/b", "a\\b", "x' or '1' eq '1", "'", "''", "🚀", "Zürich–Süd 🚀",
        "東京 本社", "O'Hare, Bldg 2", "CONNECTED", "online", "Access_Point", "5min", "true", "FALSE", "5", " 42 ",
        "0042", "99999999999999999999", "-5", "2026-01-15T08:00:00Z", "2026-01-15T08:00:00", "2014-12-31T23:59:59Z",
        "2099-01-01T00:00:00+14:00", "1768464000000", "aa:bb:cc:dd:ee:ff", "aabb.ccdd.eeff", "AA-BB-CC-DD-EE-FF",
        "192.0.2.1", "2001:db8::1", "256.256.256.256", "01000c97-5f80e1c0", "3F2A1C4E-9B7D-4E21-8A0F-5C6D7E8F9A0B",
        "siteId eq '1'", "siteName asc", "name desc,siteName", "null", "NaN", "Infinity",
    ];

    private static readonly string[] FilterTokens =
    [
        "siteId", "siteName", "status", "network", "experience", "model", "eq", "EQ", "in", "and", "AND", "or", "not",
        "gt", "(", ")", ",", "'", "''", "'a b'", "'O''Hare'", "1", "a.b", "%2F", "/", " ", "  ", "asc", "DESC", "contains(",
    ];

    [Fact]
    public async Task Bind_RandomArgumentObjects_NeverThrow()
    {
        var random = new Random(Seed);
        var sample = new SampleTool(TestClock.Create());
        using var central = SimulatedCentral.Create();

        // Objects are built for the sample tool (every parameter kind) and for each built-in tool in turn.
        NocTool[] tools = [sample, .. central.Catalog().Tools.Cast<NocTool>()];
        var quotedNamesByTool = tools.Select(tool => tool.Parameters
            .SelectMany(parameter => parameter.Alias is null ? [parameter.Name] : new[] { parameter.Name, parameter.Alias })
            .Concat(["", "x", "__proto__", "a\u0000b", new string('n', 300), "Site_Id"])
            .Select(TestArguments.Quote)
            .ToArray()).ToArray();
        var examples = tools.SelectMany(tool => tool.Parameters).Select(parameter => parameter.Example!).Distinct(StringComparer.Ordinal).ToArray();
        var quotedTexts = Texts.Concat(examples).Select(TestArguments.Quote).ToArray();

        // Objects combine values from a pool, so generating them stays cheap next to binding them.
        var pool = new string[ValuePoolSize];
        var valueBuilder = new StringBuilder();
        for (var i = 0; i < pool.Length; i++)
        {
            AppendRandomValue(valueBuilder.Clear(), random, quotedTexts, examples);
            pool[i] = valueBuilder.ToString();
        }
        var escaped = new List<string>();
        var accepted = 0;

        for (var i = 0; i < ObjectCount; i++)
        {
            // Every other object goes to the sample tool, the rest to the built-in tools in turn.
            var toolIndex = i % 2 == 0 ? 0 : 1 + (i / 2 % (tools.Length - 1));
            var tool = tools[toolIndex];
            var json = RandomObject(random, quotedNamesByTool[toolIndex], pool);
            try
            {
                // The document stays alive while its elements are bound, so they need no cloning.
                using var document = JsonDocument.Parse(json);
                var arguments = document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);
                if (ArgumentBinder.Bind(tool.Parameters, arguments, TestClock.Now).Succeeded)
                {
                    accepted++;
                }

                if (i % 100 == 0)
                {
                    await sample.InvokeAsync(arguments, ToolCallContext.None, CancellationToken.None);
                }
            }
            catch (Exception exception)
            {
                escaped.Add($"{exception.GetType().Name} for {tool.Name} {json}");
            }
        }

        Assert.Empty(escaped);

        // Both outcomes must be common, or the generator is not reaching the validation rules.
        Assert.InRange(accepted, ObjectCount / 50, ObjectCount - (ObjectCount / 50));
    }

    private static string RandomObject(Random random, string[] quotedNames, string[] pool)
    {
        var builder = new StringBuilder("{");
        var count = random.Next(0, 6);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = quotedNames[random.Next(quotedNames.Length)];
            if (!used.Add(name))
            {
                continue;
            }

            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(name).Append(':').Append(pool[random.Next(pool.Length)]);
        }

        return builder.Append('}').ToString();
    }

    private static void AppendRandomValue(StringBuilder builder, Random random, string[] quotedTexts, string[] examples)
    {
        switch (random.Next(7))
        {
            case 0:
                builder.Append(JsonFragments[random.Next(JsonFragments.Length)]);
                break;
            case 1:
                builder.Append(quotedTexts[random.Next(quotedTexts.Length)]);
                break;
            case 2:
                AppendString(builder, Mutate(random, examples[random.Next(examples.Length)]));
                break;
            case 3:
                AppendString(builder, RandomFilter(random));
                break;
            case 4:
                builder.Append(random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture));
                break;
            case 5:
                AppendString(builder, new string((char)random.Next(0x20, 0x7F), random.Next(0, 400)));
                break;
            default:
                AppendString(builder, RandomText(random));
                break;
        }
    }

    /// <summary>Appends a JSON string literal, escaping only what JSON requires.</summary>
    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToCharArray();
        if (chars.Length > 0)
        {
            chars[random.Next(chars.Length)] = (char)random.Next(0, 0x3000);
        }

        return new string(chars);
    }

    private static string RandomFilter(Random random)
    {
        var builder = new StringBuilder();
        var tokens = random.Next(1, 12);
        for (var i = 0; i < tokens; i++)
        {
            builder.Append(FilterTokens[random.Next(FilterTokens.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(4) == 0)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)));
            }
            else
            {
                builder.Append((char)random.Next(0, 0xD800));
            }
        }

        // Some strings get a lone surrogate, which arrives as a \uD800-style escape. Reading one costs an
        // exception inside the binder, so they are kept rare to keep the run short.
        if (random.Next(16) == 0)
        {
            builder.Insert(random.Next(builder.Length + 1), (char)random.Next(0xD800, 0xE000));
        }

        return builder.ToString();
    }
}
