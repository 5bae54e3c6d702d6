namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>Numeric functions.</summary>
public static class MathFunctions
{
    public static void Register(Registrar add)
    {
        add("abs", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            long l => l == long.MinValue ? throw CypherTypeError.Overflow() : Math.Abs(l),
            double d => Math.Abs(d),
            var v => throw GraphFunctions.Invalid("abs", v),
        });
        add("sign", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            var v => throw GraphFunctions.Invalid("sign", v),
        });
        Unary(add, "ceil", Math.Ceiling);
        Unary(add, "floor", Math.Floor);
        add("round", 1, 3, (a, c) => a[0] is null ? null : Round(Number(a[0], "round"), a.Length > 1 ? a[1] : null));
        Unary(add, "sqrt", Math.Sqrt);
        Unary(add, "exp", Math.Exp);
        Unary(add, "log", Math.Log);
        Unary(add, "log10", Math.Log10);
        Unary(add, "sin", Math.Sin);
        Unary(add, "cos", Math.Cos);
        Unary(add, "tan", Math.Tan);
        Unary(add, "asin", Math.Asin);
        Unary(add, "acos", Math.Acos);
        Unary(add, "atan", Math.Atan);
        Unary(add, "cot", x => 1 / Math.Tan(x));
        Unary(add, "degrees", x => x * 180 / Math.PI);
        Unary(add, "radians", x => x * Math.PI / 180);
        Unary(add, "haversin", x => (1 - Math.Cos(x)) / 2);
        add("atan2", 2, 2, (a, c) => a[0] is null || a[1] is null ? null : Math.Atan2(Number(a[0], "atan2"), Number(a[1], "atan2")));
        add("pi", 0, 0, (a, c) => Math.PI);
        add("e", 0, 0, (a, c) => Math.E);
        add("rand", 0, 0, (a, c) => c.Random.NextDouble());
    }

    private static void Unary(Registrar add, string name, Func<double, double> f) =>
        add(name, 1, 1, (a, c) => a[0] is null ? null : f(Number(a[0], name)));

    private static double Round(double value, object? precision)
    {
        if (precision is long digits)
        {
            var factor = Math.Pow(10, digits);
            return Math.Floor(value * factor + 0.5) / factor;
        }
        return Math.Floor(value + 0.5);
    }

    public static double Number(object? value, string function) => value switch
    {
        long l => l,
        double d => d,
        _ => throw GraphFunctions.Invalid(function, value),
    };
}
