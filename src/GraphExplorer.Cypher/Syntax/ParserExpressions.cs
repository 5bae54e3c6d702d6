using System.Globalization;
using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Expressions, by openCypher precedence: OR, XOR, AND, NOT, comparison, predicates, + -, * / %, ^, unary, postfix, atoms.</summary>
public sealed partial class Parser
{
    private Expr ParseExpression()
    {
        Enter();
        var left = ParseXor();
        while (Current.IsKeyword("OR"))
        {
            var offset = Advance().Offset;
            left = new Binary(BinaryOperator.Or, left, ParseXor()) { Offset = offset };
        }
        Leave();
        return left;
    }

    private Expr ParseXor()
    {
        var left = ParseAnd();
        while (Current.IsKeyword("XOR"))
        {
            var offset = Advance().Offset;
            left = new Binary(BinaryOperator.Xor, left, ParseAnd()) { Offset = offset };
        }
        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsKeyword("AND"))
        {
            var offset = Advance().Offset;
            left = new Binary(BinaryOperator.And, left, ParseNot()) { Offset = offset };
        }
        return left;
    }

    private Expr ParseNot()
    {
        if (Current.IsKeyword("NOT"))
        {
            Enter();
            var offset = Advance().Offset;
            var operand = ParseNot();
            Leave();
            return new Unary(UnaryOperator.Not, operand) { Offset = offset };
        }
        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParsePredicates();
        Expr? result = null;
        while (true)
        {
            var offset = Current.Offset;
            BinaryOperator op;
            var negateRight = false;
            if (Accept("=")) op = BinaryOperator.Equal;
            else if (Accept("<>") || Accept("!=")) op = BinaryOperator.NotEqual;
            else if (Accept("<=")) op = BinaryOperator.LessOrEqual;
            else if (Accept(">=")) op = BinaryOperator.GreaterOrEqual;
            else if (Accept("<")) op = BinaryOperator.Less;
            else if (Accept(">")) op = BinaryOperator.Greater;
            else if (Accept("<-")) { op = BinaryOperator.Less; negateRight = true; }
            else break;
            var right = ParsePredicates();
            if (negateRight) right = new Unary(UnaryOperator.Negate, right) { Offset = offset + 1 };
            var comparison = new Binary(op, left, right) { Offset = offset };
            // a < b < c means a < b AND b < c (openCypher chained comparison).
            result = result is null ? comparison : new Binary(BinaryOperator.And, result, comparison) { Offset = offset };
            left = right;
        }
        return result ?? left;
    }

    private Expr ParsePredicates()
    {
        var left = ParseAdditive();
        while (true)
        {
            var offset = Current.Offset;
            if (Current.IsKeyword("STARTS") && Peek().IsKeyword("WITH"))
            {
                _index += 2;
                left = new Binary(BinaryOperator.StartsWith, left, ParseAdditive()) { Offset = offset };
            }
            else if (Current.IsKeyword("ENDS") && Peek().IsKeyword("WITH"))
            {
                _index += 2;
                left = new Binary(BinaryOperator.EndsWith, left, ParseAdditive()) { Offset = offset };
            }
            else if (AcceptKeyword("CONTAINS")) left = new Binary(BinaryOperator.Contains, left, ParseAdditive()) { Offset = offset };
            else if (Accept("=~")) left = new Binary(BinaryOperator.RegexMatch, left, ParseAdditive()) { Offset = offset };
            else if (AcceptKeyword("IN")) left = new Binary(BinaryOperator.In, left, ParseAdditive()) { Offset = offset };
            else if (Current.IsKeyword("IS") && Peek().IsKeyword("NULL"))
            {
                _index += 2;
                left = new IsNull(left, false) { Offset = offset };
            }
            else if (Current.IsKeyword("IS") && Peek().IsKeyword("NOT") && Peek(2).IsKeyword("NULL"))
            {
                _index += 3;
                left = new IsNull(left, true) { Offset = offset };
            }
            else return left;
        }
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            var offset = Current.Offset;
            if (Accept("+")) left = new Binary(BinaryOperator.Add, left, ParseMultiplicative()) { Offset = offset };
            else if (Accept("-")) left = new Binary(BinaryOperator.Subtract, left, ParseMultiplicative()) { Offset = offset };
            else return left;
        }
    }

    private Expr ParseMultiplicative()
    {
        var left = ParsePower();
        while (true)
        {
            var offset = Current.Offset;
            if (Accept("*")) left = new Binary(BinaryOperator.Multiply, left, ParsePower()) { Offset = offset };
            else if (Accept("/")) left = new Binary(BinaryOperator.Divide, left, ParsePower()) { Offset = offset };
            else if (Accept("%")) left = new Binary(BinaryOperator.Modulo, left, ParsePower()) { Offset = offset };
            else return left;
        }
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        while (Current.IsSymbol("^"))
        {
            var offset = Advance().Offset;
            left = new Binary(BinaryOperator.Power, left, ParseUnary()) { Offset = offset };
        }
        return left;
    }

    private Expr ParseUnary()
    {
        var offset = Current.Offset;
        if (Current.IsSymbol("-") && Peek().Kind is TokenKind.Integer or TokenKind.Float && Peek().Offset == Current.End)
        {
            _index++;
            var literal = ParseNumber(Advance(), negative: true);
            return ParsePostfix(literal, allowLabels: true);
        }
        if (Accept("-") || Accept("+"))
        {
            Enter();
            var op = _tokens[_index - 1].Text == "-" ? UnaryOperator.Negate : UnaryOperator.Plus;
            var operand = ParseUnary();
            Leave();
            return new Unary(op, operand) { Offset = offset };
        }
        return ParsePostfix(ParseAtom(), allowLabels: true);
    }

    private Expr ParsePostfix(Expr target, bool allowLabels)
    {
        while (true)
        {
            var offset = Current.Offset;
            if (Accept("."))
            {
                target = new PropertyAccess(target, Name()) { Offset = target.Offset };
            }
            else if (Accept("["))
            {
                Enter();
                Expr? from = Current.IsSymbol("..") ? null : ParseExpression();
                if (Accept(".."))
                {
                    Expr? to = Current.IsSymbol("]") ? null : ParseExpression();
                    Expect("]");
                    target = new SliceAccess(target, from, to) { Offset = offset };
                }
                else
                {
                    Expect("]");
                    target = new IndexAccess(target, from!) { Offset = offset };
                }
                Leave();
            }
            else if (allowLabels && Current.IsSymbol(":"))
            {
                target = new LabelCheck(target, ParseLabelsOrTypes(allowAlternatives: false)) { Offset = offset };
            }
            else return target;
        }
    }

    private Expr ParseNumber(Token token, bool negative)
    {
        var text = token.Text;
        if (token.Kind == TokenKind.Float)
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
                throw SyntaxErrors.At(_text, token.Offset, "Floating point number is too large", "FloatingPointOverflow");
            return new Literal(negative ? -value : value) { Offset = token.Offset };
        }
        return new Literal(ParseIntegerText(token, negative)) { Offset = token.Offset };
    }

    private long ParseIntegerToken(Token token) => ParseIntegerText(token, false);

    private long ParseIntegerText(Token token, bool negative)
    {
        var text = token.Text;
        var radix = 10;
        var digits = text;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) { radix = 16; digits = text[2..]; }
        else if (text.StartsWith("0o", StringComparison.OrdinalIgnoreCase)) { radix = 8; digits = text[2..]; }
        else if (text.Length > 1 && text[0] == '0') { radix = 8; digits = text[1..]; }
        if (digits.Length == 0) throw SyntaxErrors.At(_text, token.Offset, $"Invalid number literal '{text}'", "InvalidNumberLiteral");
        System.Numerics.BigInteger value = 0;
        foreach (var c in digits)
        {
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
            if (digit >= radix) throw SyntaxErrors.At(_text, token.Offset, $"Invalid number literal '{text}'", "InvalidNumberLiteral");
            value = value * radix + digit;
        }
        if (negative) value = -value;
        if (value > long.MaxValue || value < long.MinValue)
            throw SyntaxErrors.At(_text, token.Offset, $"Integer literal '{text}' is too large", "IntegerOverflow");
        return (long)value;
    }
}
