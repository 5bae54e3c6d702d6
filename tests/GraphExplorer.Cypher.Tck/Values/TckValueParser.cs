using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// Parses the value literals of TCK tables: null, booleans, integers, floats (also NaN, Inf, -Inf),
/// 'strings', lists, maps, nodes <c>(:L {k: v})</c>, relationships <c>[:T {k: v}]</c> and paths
/// <c>&lt;(a)-[:T]-&gt;(b)&lt;-[:U]-(c)&gt;</c>. Lists and maps come back as <see cref="List{T}"/> and
/// <see cref="Dictionary{TKey,TValue}"/>, so parsed values can be passed as query parameters.
/// </summary>
public sealed class TckValueParser
{
    private readonly string _text;
    private int _pos;

    private TckValueParser(string text) => _text = text;

    public static object? Parse(string text)
    {
        var parser = new TckValueParser(text);
        var value = parser.ParseValue();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw parser.Error("unexpected trailing text");
        return value;
    }

    private object? ParseValue()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("value expected");
        var c = _text[_pos];
        return c switch
        {
            '\'' or '"' => ParseString(),
            '[' => IsRelationshipAhead() ? ParseRelationship() : ParseList(),
            '{' => ParseMap(),
            '(' => ParseNode(),
            '<' => ParsePath(),
            _ when c == '-' || c == '.' || char.IsDigit(c) => ParseNumber(),
            _ => ParseWord(),
        };
    }

    private object? ParseWord()
    {
        var word = ReadIdentifier();
        return word.ToLowerInvariant() switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            "nan" => double.NaN,
            "inf" or "infinity" => double.PositiveInfinity,
            _ => throw Error($"unknown word '{word}'"),
        };
    }

    private object ParseNumber()
    {
        var start = _pos;
        if (Peek('-'))
        {
            _pos++;
            if (char.IsLetter(Current))
            {
                var word = ReadIdentifier();
                return word is "Inf" or "Infinity" ? double.NegativeInfinity : throw Error($"unknown number '-{word}'");
            }
        }
        var isFloat = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsDigit(c)) _pos++;
            else if (c is '.' or 'e' or 'E') { isFloat = true; _pos++; }
            else if (c is '+' or '-' && _text[_pos - 1] is 'e' or 'E') _pos++;
            else break;
        }
        var lexeme = _text[start.._pos];
        if (isFloat)
        {
            return double.TryParse(lexeme, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d : throw Error($"bad float '{lexeme}'");
        }
        return long.TryParse(lexeme, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l : throw Error($"bad integer '{lexeme}'");
    }

    private string ParseString()
    {
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            var c = _text[_pos++];
            if (c == quote) return builder.ToString();
            if (c != '\\') { builder.Append(c); continue; }
            if (_pos >= _text.Length) throw Error("unterminated escape");
            var e = _text[_pos++];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u' when _pos + 4 <= _text.Length:
                    builder.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default: builder.Append(e); break;
            }
        }
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipSpace();
        if (TryConsume(']')) return items;
        do items.Add(ParseValue());
        while (TryConsume(','));
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>();
        SkipSpace();
        if (TryConsume('}')) return map;
        do
        {
            SkipSpace();
            var key = ReadKey();
            Expect(':');
            map[key] = ParseValue();
        }
        while (TryConsume(','));
        Expect('}');
        return map;
    }

    private NodeLiteral ParseNode()
    {
        Expect('(');
        SkipSpace();
        if (IsIdentifierStart(Current)) ReadIdentifier();
        var labels = new List<string>();
        while (TryConsume(':'))
        {
            SkipSpace();
            labels.Add(ReadKey());
        }
        SkipSpace();
        var properties = Peek('{') ? ParseMap() : new Dictionary<string, object?>();
        Expect(')');
        return new NodeLiteral(labels, properties);
    }

    private bool IsRelationshipAhead()
    {
        var p = _pos + 1;
        while (p < _text.Length && char.IsWhiteSpace(_text[p])) p++;
        return p < _text.Length && (_text[p] == ':' || IsIdentifierStart(_text[p]) && !StartsWithWord(p));
    }

    // A list may start with a bare word literal such as [true, null], which is not a relationship variable.
    private bool StartsWithWord(int p)
    {
        var end = p;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_')) end++;
        return _text[p..end].ToLowerInvariant() is "null" or "true" or "false" or "nan" or "inf" or "infinity";
    }

    private RelationshipLiteral ParseRelationship()
    {
        Expect('[');
        SkipSpace();
        if (IsIdentifierStart(Current)) ReadIdentifier();
        Expect(':');
        SkipSpace();
        var type = ReadKey();
        SkipSpace();
        var properties = Peek('{') ? ParseMap() : new Dictionary<string, object?>();
        Expect(']');
        return new RelationshipLiteral(type, properties);
    }

    private PathLiteral ParsePath()
    {
        Expect('<');
        SkipSpace();
        var start = ParseNode();
        var steps = new List<PathLiteralStep>();
        SkipSpace();
        while (!TryConsume('>'))
        {
            var backward = TryConsume('<');
            Expect('-');
            SkipSpace();
            var relationship = ParseRelationship();
            Expect('-');
            var forward = TryConsume('>');
            if (forward == backward) throw Error("a path relationship needs exactly one direction");
            SkipSpace();
            steps.Add(new PathLiteralStep(relationship, forward, ParseNode()));
            SkipSpace();
        }
        return new PathLiteral(start, steps);
    }

    private string ReadKey()
    {
        if (!TryConsume('`')) return ReadIdentifier();
        var end = _text.IndexOf('`', _pos);
        if (end < 0) throw Error("unterminated `name`");
        var name = _text[_pos..end];
        _pos = end + 1;
        return name;
    }

    private string ReadIdentifier()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        if (_pos == start) throw Error("name expected");
        return _text[start.._pos];
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (!Peek(c)) return false;
        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw Error($"'{c}' expected");
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private TckValueFormatException Error(string problem) => new(_text, _pos, problem);
}
