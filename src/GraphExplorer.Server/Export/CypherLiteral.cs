using System.Globalization;
using System.Text;

namespace GraphExplorer.Server.Export;

/// <summary>Cypher source text for values and names, as the Cypher export writes them.</summary>
public static class CypherLiteral
{
    public static string Name(string name) => "`" + name.Replace("`", "``") + "`";

    public static string Value(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number when double.IsNaN(number) => "0.0/0.0",
        double number when double.IsPositiveInfinity(number) => "1.0/0.0",
        double number when double.IsNegativeInfinity(number) => "-1.0/0.0",
        double number => Float(number),
        string text => String(text),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Value)) + "]",
        IFormattable other => String(other.ToString(null, CultureInfo.InvariantCulture)),
        _ => String(value.ToString() ?? ""),
    };

    public static string Map(IEnumerable<KeyValuePair<string, object?>> map) =>
        "{" + string.Join(", ", map.Where(pair => pair.Value is not null).Select(pair => Name(pair.Key) + ": " + Value(pair.Value))) + "}";

    private static string Float(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static string String(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return literal.Append('\'').ToString();
    }
}
