using System.Globalization;

namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>toString, toInteger, toFloat, toBoolean (and their OrNull forms).</summary>
public static class ConversionFunctions
{
    public static void Register(Registrar add)
    {
        add("toString", 1, 1, (a, c) => ToText(a[0], strict: true));
        add("toStringOrNull", 1, 1, (a, c) => ToText(a[0], strict: false));
        add("toInteger", 1, 1, (a, c) => ToInteger(a[0], strict: true));
        add("toIntegerOrNull", 1, 1, (a, c) => ToInteger(a[0], strict: false));
        add("toFloat", 1, 1, (a, c) => ToFloat(a[0], strict: true));
        add("toFloatOrNull", 1, 1, (a, c) => ToFloat(a[0], strict: false));
        add("toBoolean", 1, 1, (a, c) => ToBoolean(a[0], strict: true));
        add("toBooleanOrNull", 1, 1, (a, c) => ToBoolean(a[0], strict: false));
    }

    private static object? ToText(object? value, bool strict) => value switch
    {
        null => null,
        string s => s,
        long or double => Arithmetic.ToText(value),
        bool b => b ? "true" : "false",
        _ when Temporal.TemporalAccessors.IsTemporal(value) => value.ToString(),
        _ => strict ? throw GraphFunctions.Invalid("toString", value) : null,
    };

    private static object? ToInteger(object? value, bool strict)
    {
        switch (value)
        {
            case null: return null;
            case long: return value;
            case double d:
                if (double.IsNaN(d) || d >= 9.2233720368547758E18 || d < -9.2233720368547758E18) return strict ? throw CypherTypeError.Overflow() : null;
                return (long)Math.Truncate(d);
            case bool b: return b ? 1L : 0L;
            case string s:
                if (long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                if (double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && !double.IsInfinity(f) && !double.IsNaN(f))
                    return f >= 9.2233720368547758E18 || f < -9.2233720368547758E18 ? null : (long)Math.Truncate(f);
                return null;
            default: return strict ? throw GraphFunctions.Invalid("toInteger", value) : null;
        }
    }

    private static object? ToFloat(object? value, bool strict) => value switch
    {
        null => null,
        double => value,
        long l => (double)l,
        string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => strict ? throw GraphFunctions.Invalid("toFloat", value) : null,
    };

    private static object? ToBoolean(object? value, bool strict) => value switch
    {
        null => null,
        bool => value,
        string s => s.Trim().ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        long l => l != 0,
        _ => strict ? throw GraphFunctions.Invalid("toBoolean", value) : null,
    };
}
