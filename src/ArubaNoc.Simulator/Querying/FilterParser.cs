using System.Text;

namespace ArubaNoc.Simulator.Querying;

/// <summary>
/// Parses Central's OData subset: <c>clause (and clause)*</c> where a clause is <c>field eq value</c>,
/// <c>field in (v1, v2)</c>, or <c>field gt|lt value</c>. A value is a single-quoted string with
/// <c>''</c> as an escaped quote, or a bare token of letters, digits and <c>. _ : - +</c>.
/// Keywords are case-insensitive; <c>or</c>, <c>not</c>, functions and grouping are rejected.
/// </summary>
internal sealed class FilterParser
{
    private readonly string _text;
    private int _position;

    private FilterParser(string text) => _text = text;

    /// <summary>Returns the clauses, or null with <paramref name="error"/> set.</summary>
    public static List<FilterClause>? Parse(string text, out string? error)
    {
        var parser = new FilterParser(text);
        var clauses = new List<FilterClause>();
        error = null;
        while (true)
        {
            var clause = parser.ParseClause(out error);
            if (clause is null)
            {
                return null;
            }

            clauses.Add(clause);
            parser.SkipSpaces();
            if (parser.AtEnd)
            {
                return clauses;
            }

            var keyword = parser.ReadWord();
            if (!string.Equals(keyword, "and", StringComparison.OrdinalIgnoreCase))
            {
                error = $"Invalid filter: expected 'and' at position {parser._position - keyword.Length}, found '{keyword}'";
                return null;
            }
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private FilterClause? ParseClause(out string? error)
    {
        error = null;
        SkipSpaces();
        var field = ReadWord();
        if (field.Length == 0 || !char.IsAsciiLetter(field[0]))
        {
            error = $"Invalid filter: expected a field name at position {_position}";
            return null;
        }

        SkipSpaces();
        var op = ReadWord().ToLowerInvariant();
        if (op is not ("eq" or "in" or "gt" or "lt"))
        {
            error = $"Invalid filter: unsupported operator '{op}' after field '{field}'";
            return null;
        }

        SkipSpaces();
        if (op != "in")
        {
            var value = ReadValue(out error);
            return value is null ? null : new FilterClause(field, op, [value]);
        }

        if (!TryConsume('('))
        {
            error = $"Invalid filter: expected '(' after 'in' for field '{field}'";
            return null;
        }

        var values = new List<string>();
        while (true)
        {
            SkipSpaces();
            var value = ReadValue(out error);
            if (value is null)
            {
                return null;
            }

            values.Add(value);
            SkipSpaces();
            if (TryConsume(')'))
            {
                return new FilterClause(field, op, values);
            }

            if (!TryConsume(','))
            {
                error = $"Invalid filter: expected ',' or ')' in the value list of field '{field}'";
                return null;
            }
        }
    }

    private string? ReadValue(out string? error)
    {
        error = null;
        if (TryConsume('\''))
        {
            var builder = new StringBuilder();
            while (!AtEnd)
            {
                var c = _text[_position++];
                if (c != '\'')
                {
                    builder.Append(c);
                    continue;
                }

                if (TryConsume('\''))
                {
                    builder.Append('\'');
                    continue;
                }

                return builder.ToString();
            }

            error = "Invalid filter: unterminated string value";
            return null;
        }

        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '.' or '_' or ':' or '-' or '+'))
        {
            _position++;
        }

        if (_position == start)
        {
            error = $"Invalid filter: expected a value at position {start}";
            return null;
        }

        return _text[start.._position];
    }

    private string ReadWord()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void SkipSpaces()
    {
        while (!AtEnd && _text[_position] == ' ')
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (AtEnd || _text[_position] != c)
        {
            return false;
        }

        _position++;
        return true;
    }
}
