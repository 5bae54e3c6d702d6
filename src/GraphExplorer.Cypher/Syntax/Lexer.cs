using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Turns query text into tokens (openCypher lexical rules: comments, escapes, backtick names, numbers).</summary>
public sealed class Lexer
{
    private static readonly string[] Symbols =
    [
        "<>", "<=", ">=", "=~", "+=", "..", "->", "<-", "!=",
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "=", "<", ">", "+", "-", "*", "/", "%", "^", "$", "&",
    ];

    private readonly string _text;
    private int _pos;

    private Lexer(string text) => _text = text;

    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (true)
        {
            var token = lexer.Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.End) return tokens;
        }
    }

    private Token Next()
    {
        SkipTrivia();
        if (_pos >= _text.Length) return new Token(TokenKind.End, "", _text.Length, _text.Length);
        var start = _pos;
        var c = _text[_pos];
        if (char.IsDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1]))) return Number(start);
        if (c == '\'' || c == '"') return new Token(TokenKind.String, StringLiteral(c), start, _pos);
        if (c == '`') return new Token(TokenKind.QuotedIdentifier, QuotedName(), start, _pos);
        if (c == '$')
        {
            _pos++;
            if (_pos < _text.Length && _text[_pos] == '`') return new Token(TokenKind.Parameter, QuotedName(), start, _pos);
            var nameStart = _pos;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            if (_pos == nameStart) throw SyntaxErrors.At(_text, start, "Invalid parameter name");
            return new Token(TokenKind.Parameter, _text[nameStart.._pos], start, _pos);
        }
        if (IsIdentifierStart(c))
        {
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            return new Token(TokenKind.Identifier, _text[start.._pos], start, _pos);
        }
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, start, _pos);
            }
        }
        // A dash that is not the ASCII hyphen-minus (en dash, em dash, minus sign) usually comes from pasted text.
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation || c == '\u2212')
            throw SyntaxErrors.At(_text, start, $"Invalid character '{c}': use '-' (U+002D)", "InvalidUnicodeCharacter");
        throw SyntaxErrors.At(_text, start, $"Unexpected character '{c}'");
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                continue;
            }
            if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0) throw SyntaxErrors.At(_text, _pos, "Unterminated comment");
                _pos = end + 2;
                continue;
            }
            return;
        }
    }

    private Token Number(int start)
    {
        if (_text[_pos] == '0' && _pos + 1 < _text.Length && (_text[_pos + 1] is 'x' or 'X' or 'o' or 'O'))
        {
            _pos += 2;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            return new Token(TokenKind.Integer, _text[start.._pos], start, _pos);
        }
        var isFloat = false;
        while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsDigit(_text[_pos + 1]))
        {
            isFloat = true;
            _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        }
        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (_pos < _text.Length && _text[_pos] is '+' or '-') _pos++;
            if (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                isFloat = true;
                while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
            }
            else _pos = save;
        }
        // A number running into letters (e.g. 9abc) is an invalid literal, not two tokens.
        if (_pos < _text.Length && IsIdentifierStart(_text[_pos]))
        {
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            throw SyntaxErrors.At(_text, start, $"Invalid number literal '{_text[start.._pos]}'", "InvalidNumberLiteral");
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Integer, _text[start.._pos], start, _pos);
    }

    private string QuotedName()
    {
        var start = _pos;
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw SyntaxErrors.At(_text, start, "Unterminated quoted name");
            var c = _text[_pos++];
            if (c == '`')
            {
                if (_pos < _text.Length && _text[_pos] == '`') { builder.Append('`'); _pos++; continue; }
                return builder.ToString();
            }
            builder.Append(c);
        }
    }

    private string StringLiteral(char quote)
    {
        var start = _pos;
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw SyntaxErrors.At(_text, start, "Unterminated string literal");
            var c = _text[_pos++];
            if (c == quote) return builder.ToString();
            if (c != '\\') { builder.Append(c); continue; }
            if (_pos >= _text.Length) throw SyntaxErrors.At(_text, start, "Unterminated string literal");
            var e = _text[_pos++];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case '\\': builder.Append('\\'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case 'u': builder.Append(Unicode(4)); break;
                case 'U': builder.Append(Unicode(8)); break;
                default: builder.Append('\\').Append(e); break;
            }
        }
    }

    private string Unicode(int digits)
    {
        var start = _pos - 2;
        if (_pos + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            throw SyntaxErrors.At(_text, start, "Invalid unicode literal", "InvalidUnicodeLiteral");
        _pos += digits;
        return char.ConvertFromUtf32(code);
    }
}
