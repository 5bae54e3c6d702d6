namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>Functions on strings.</summary>
public static class StringFunctions
{
    public static void Register(Registrar add)
    {
        add("toLower", 1, 1, (a, c) => Str(a[0], "toLower")?.ToLowerInvariant());
        add("toUpper", 1, 1, (a, c) => Str(a[0], "toUpper")?.ToUpperInvariant());
        add("trim", 1, 1, (a, c) => Str(a[0], "trim")?.Trim());
        add("ltrim", 1, 1, (a, c) => Str(a[0], "ltrim")?.TrimStart());
        add("rtrim", 1, 1, (a, c) => Str(a[0], "rtrim")?.TrimEnd());
        add("replace", 3, 3, (a, c) =>
        {
            if (a[0] is null || a[1] is null || a[2] is null) return null;
            var search = Str(a[1], "replace")!;
            return search.Length == 0 ? Str(a[0], "replace") : Str(a[0], "replace")!.Replace(search, Str(a[2], "replace"), StringComparison.Ordinal);
        });
        add("substring", 2, 3, (a, c) =>
        {
            if (a[0] is null) return null;
            var s = Str(a[0], "substring")!;
            var start = Int(a[1], "substring");
            if (start < 0) throw NegativeArgument("substring");
            var length = a.Length > 2 ? Int(a[2], "substring") : long.MaxValue;
            if (length < 0) throw NegativeArgument("substring");
            if (start >= s.Length) return "";
            return s.Substring((int)start, (int)Math.Min(length, s.Length - start));
        });
        add("left", 2, 2, (a, c) =>
        {
            if (a[0] is null) return null;
            var s = Str(a[0], "left")!;
            var length = Int(a[1], "left");
            if (length < 0) throw NegativeArgument("left");
            return s[..(int)Math.Min(length, s.Length)];
        });
        add("right", 2, 2, (a, c) =>
        {
            if (a[0] is null) return null;
            var s = Str(a[0], "right")!;
            var length = Int(a[1], "right");
            if (length < 0) throw NegativeArgument("right");
            return s[(int)(s.Length - Math.Min(length, s.Length))..];
        });
        add("split", 2, 2, (a, c) =>
        {
            if (a[0] is null || a[1] is null) return null;
            var s = Str(a[0], "split")!;
            var separator = Str(a[1], "split")!;
            if (separator.Length == 0) return s.Select(ch => (object?)ch.ToString()).ToList();
            return s.Split(separator).Select(part => (object?)part).ToList();
        });
    }

    private static string? Str(object? value, string function) => value switch
    {
        null => null,
        string s => s,
        _ => throw GraphFunctions.Invalid(function, value),
    };

    private static long Int(object? value, string function) => value switch
    {
        long l => l,
        _ => throw GraphFunctions.Invalid(function, value),
    };

    private static Graph.GraphDatabaseException NegativeArgument(string function) =>
        new(Graph.StatusCodes.ArgumentError, $"{function}() needs a non-negative length", "NegativeIntegerArgument");
}
