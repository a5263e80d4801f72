namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Parses a raw filter in the OData subset Central supports:
/// <c>clause (" and " clause)*</c> with <c>clause = field " eq " value | field " in (" value ("," value)* ")"</c>,
/// where a value is a single-quoted string with <c>''</c> escapes or a bare token of <c>A-Z a-z 0-9 . _ : -</c>.
/// Keywords are case-insensitive; field names must match the <see cref="FilterSpec"/> exactly.
/// <c>or</c>, <c>not</c>, other operators, functions and grouping parentheses are rejected.
/// </summary>
public static class FilterParser
{
    /// <summary>Parses <paramref name="text"/> and reports the first broken rule instead of throwing.</summary>
    public static bool TryParse(string text, FilterSpec spec, string argument, out FilterExpression? expression, out ValidationFailure? failure)
    {
        var parser = new Cursor(text, spec, argument);
        var clauses = new List<FilterClause>();
        expression = null;

        while (true)
        {
            var clause = parser.ParseClause(out failure);
            if (clause is null)
            {
                return false;
            }

            clauses.Add(clause);
            if (!parser.ParseJoiner(out var more, out failure))
            {
                return false;
            }

            if (!more)
            {
                expression = new FilterExpression(clauses);
                return true;
            }
        }
    }

    private sealed class Cursor(string text, FilterSpec spec, string argument)
    {
        private int _position;

        public FilterClause? ParseClause(out ValidationFailure? failure)
        {
            SkipSpaces();
            if (Peek() == '(')
            {
                failure = Fail("must not use parentheses for grouping", "'('");
                return null;
            }

            var field = ReadWhile(IsFieldChar);
            if (field.Length == 0)
            {
                failure = Fail("must start each clause with a field name", DescribeRest());
                return null;
            }

            if (Peek() == '(')
            {
                failure = Fail("must not use functions", $"'{Shorten(field)}('");
                return null;
            }

            if (string.Equals(field, "not", StringComparison.OrdinalIgnoreCase))
            {
                failure = Fail("must not use 'not'; only 'eq' and 'in' clauses joined by 'and' are supported", "'not'");
                return null;
            }

            if (SkipSpaces() == 0)
            {
                failure = Fail("must separate the field and the operator with a space", DescribeRest());
                return null;
            }

            var keyword = ReadWhile(char.IsAsciiLetter);
            var isIn = string.Equals(keyword, "in", StringComparison.OrdinalIgnoreCase);
            if (!isIn && !string.Equals(keyword, "eq", StringComparison.OrdinalIgnoreCase))
            {
                failure = Fail("must use only the operators 'eq' and 'in'", keyword.Length == 0 ? DescribeRest() : $"'{Shorten(keyword)}'");
                return null;
            }

            if (spec.RejectedFields.TryGetValue(field, out var reason))
            {
                failure = Fail($"must not filter on '{field}': {reason}", $"'{field}'");
                return null;
            }

            if (!spec.TryResolve(field, out var resolved))
            {
                failure = Fail($"must use only the fields {string.Join(", ", spec.Fields)}", $"'{Shorten(field)}'");
                return null;
            }

            var values = isIn ? ParseList(out failure) : ParseSingle(out failure);
            return values is null ? null : new FilterClause(resolved, values, isIn, argument);
        }

        /// <summary>Reads <c> and </c> between clauses; <paramref name="more"/> is false at the end of the text.</summary>
        public bool ParseJoiner(out bool more, out ValidationFailure? failure)
        {
            var spaces = SkipSpaces();
            failure = null;
            more = false;
            if (_position == text.Length)
            {
                return true;
            }

            var word = ReadWhile(char.IsAsciiLetter);
            if (string.Equals(word, "or", StringComparison.OrdinalIgnoreCase))
            {
                failure = Fail("must join clauses with 'and' only ('or' is not supported)", "'or'");
                return false;
            }

            if (spaces == 0 || !string.Equals(word, "and", StringComparison.OrdinalIgnoreCase) || SkipSpaces() == 0)
            {
                failure = Fail("must join clauses with ' and '", word.Length == 0 ? DescribeRest() : $"'{Shorten(word)}'");
                return false;
            }

            more = true;
            return true;
        }

        private FilterValue[]? ParseSingle(out ValidationFailure? failure)
        {
            if (SkipSpaces() == 0)
            {
                failure = Fail("must separate 'eq' and the value with a space", DescribeRest());
                return null;
            }

            return ParseValue(out failure) is { } value ? [value] : null;
        }

        private FilterValue[]? ParseList(out ValidationFailure? failure)
        {
            SkipSpaces();
            if (Peek() != '(')
            {
                failure = Fail("must give the values of 'in' as a list in parentheses", DescribeRest());
                return null;
            }

            _position++;
            var values = new List<FilterValue>();
            while (true)
            {
                SkipSpaces();
                if (ParseValue(out failure) is not { } value)
                {
                    return null;
                }

                values.Add(value);
                SkipSpaces();
                var next = Peek();
                _position++;
                if (next == ')')
                {
                    return [.. values];
                }

                if (next != ',')
                {
                    _position--;
                    failure = Fail("must separate 'in' values with ',' and close the list with ')'", DescribeRest());
                    return null;
                }
            }
        }

        private FilterValue? ParseValue(out ValidationFailure? failure)
        {
            failure = null;
            if (Peek() == '\'')
            {
                return ParseQuoted(out failure);
            }

            var token = ReadWhile(IsBareChar);
            if (token.Length == 0)
            {
                failure = Fail("must give each value as a quoted string or a bare token of A-Z a-z 0-9 . _ : -", DescribeRest());
                return null;
            }

            return new FilterValue(token, IsQuoted: false);
        }

        private FilterValue? ParseQuoted(out ValidationFailure? failure)
        {
            var builder = new System.Text.StringBuilder();
            _position++;
            while (_position < text.Length)
            {
                var c = text[_position++];
                if (c != '\'')
                {
                    builder.Append(c);
                    continue;
                }

                if (Peek() == '\'')
                {
                    builder.Append('\'');
                    _position++;
                    continue;
                }

                failure = null;
                return FilterValue.Quoted(builder.ToString());
            }

            failure = Fail("must close every quoted value with ' (write a quote inside a value as '')", "an unterminated quoted value");
            return null;
        }

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private int SkipSpaces()
        {
            var start = _position;
            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }

            return _position - start;
        }

        private string ReadWhile(Func<char, bool> accept)
        {
            var start = _position;
            while (_position < text.Length && accept(text[_position]))
            {
                _position++;
            }

            return text[start.._position];
        }

        private string DescribeRest() => _position >= text.Length ? "the end of the filter" : $"'{Shorten(text[_position..])}'";

        private ValidationFailure Fail(string rule, string got) => new(argument, rule, got);

        private static string Shorten(string value) => ValueDescription.Shorten(value, 20);

        private static bool IsFieldChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';

        private static bool IsBareChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';
    }
}
