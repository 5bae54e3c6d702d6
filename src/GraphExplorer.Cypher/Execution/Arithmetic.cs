using System.Globalization;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The arithmetic operators on Cypher values; integer overflow is an error, never a wrap-around.</summary>
public static class Arithmetic
{
    public static object? Add(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long x when b is long y:
                try { return checked(x + y); } catch (OverflowException) { throw CypherTypeError.Overflow(); }
            case long x when b is double y: return x + y;
            case double x when b is long y: return x + y;
            case double x when b is double y: return x + y;
            case string x when b is string y: return x + y;
            case string x when b is long or double: return x + ToText(b);
            case long or double when b is string y: return ToText(a) + y;
            case IReadOnlyList<object?> x when b is IReadOnlyList<object?> y:
            {
                var list = new List<object?>(x.Count + y.Count);
                list.AddRange(x);
                list.AddRange(y);
                return list;
            }
            case IReadOnlyList<object?> x:
            {
                var list = new List<object?>(x.Count + 1);
                list.AddRange(x);
                list.Add(b);
                return list;
            }
        }
        if (b is IReadOnlyList<object?> tail)
        {
            var list = new List<object?>(tail.Count + 1) { a };
            list.AddRange(tail);
            return list;
        }
        return Temporal.TemporalArithmetic.TryAdd(a, b, out var moved) ? moved : throw Invalid("+", a, b);
    }

    public static object? Subtract(object? a, object? b)
    {
        if (a is null || b is null) return null;
        return (a, b) switch
        {
            (long x, long y) => (object)CheckedSubtract(x, y),
            (long x, double y) => x - y,
            (double x, long y) => x - y,
            (double x, double y) => x - y,
            _ => Temporal.TemporalArithmetic.TrySubtract(a, b, out var moved) ? moved : throw Invalid("-", a, b),
        };
    }

    public static object? Multiply(object? a, object? b)
    {
        if (a is null || b is null) return null;
        return (a, b) switch
        {
            (long x, long y) => (object)CheckedMultiply(x, y),
            (long x, double y) => x * y,
            (double x, long y) => x * y,
            (double x, double y) => x * y,
            _ => Temporal.TemporalArithmetic.TryMultiply(a, b, out var scaled) ? scaled : throw Invalid("*", a, b),
        };
    }

    public static object? Divide(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a, b)
        {
            case (long x, long y):
                if (y == 0) throw new GraphDatabaseException(StatusCodes.ArithmeticError, "/ by zero", "DivisionByZero");
                if (x == long.MinValue && y == -1) throw CypherTypeError.Overflow();
                return x / y;
            case (long x, double y): return x / y;
            case (double x, long y): return x / y;
            case (double x, double y): return x / y;
            default: return Temporal.TemporalArithmetic.TryDivide(a, b, out var scaled) ? scaled : throw Invalid("/", a, b);
        }
    }

    public static object? Modulo(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a, b)
        {
            case (long x, long y):
                if (y == 0) throw new GraphDatabaseException(StatusCodes.ArithmeticError, "/ by zero", "DivisionByZero");
                if (y == -1) return 0L;
                return x % y;
            case (long x, double y): return x % y;
            case (double x, long y): return x % y;
            case (double x, double y): return x % y;
            default: throw Invalid("%", a, b);
        }
    }

    public static object? Power(object? a, object? b)
    {
        if (a is null || b is null) return null;
        return (a, b) switch
        {
            (long x, long y) => Math.Pow(x, y),
            (long x, double y) => Math.Pow(x, y),
            (double x, long y) => Math.Pow(x, y),
            (double x, double y) => Math.Pow(x, y),
            _ => throw Invalid("^", a, b),
        };
    }

    public static object? Negate(object? a) => a switch
    {
        null => null,
        long x => x == long.MinValue ? throw CypherTypeError.Overflow() : -x,
        double x => -x,
        _ => throw CypherTypeError.InvalidArgument($"Cannot negate a {CypherTypeError.TypeName(a)}"),
    };

    public static string ToText(object? value) => value switch
    {
        double d => FormatFloat(d),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15) return d.ToString("0.0", CultureInfo.InvariantCulture);
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E') ? text.Replace("E+", "E") : text;
    }

    private static long CheckedSubtract(long x, long y)
    {
        try { return checked(x - y); } catch (OverflowException) { throw CypherTypeError.Overflow(); }
    }

    private static long CheckedMultiply(long x, long y)
    {
        try { return checked(x * y); } catch (OverflowException) { throw CypherTypeError.Overflow(); }
    }

    private static GraphDatabaseException Invalid(string op, object a, object b) =>
        CypherTypeError.InvalidArgument($"Cannot apply {op} to {CypherTypeError.TypeName(a)} and {CypherTypeError.TypeName(b)}");
}
