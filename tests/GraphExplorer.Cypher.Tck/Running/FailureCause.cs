using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// Turns an error message into a grouping key by blanking out the parts that vary per query: numbers, and
/// quoted text other than a bare 'name' (kept, so that "Unknown function 'date'" groups by function).
/// </summary>
public static partial class FailureCause
{
    [GeneratedRegex(@"'(?![A-Za-z_][\w.]*')[^']*'|""[^""]*""|`[^`]*`")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static string Of(string message)
    {
        var firstLine = message.Split('\n')[0];
        var blanked = Digits().Replace(QuotedValue().Replace(firstLine, "'…'"), "#");
        return blanked.Length > 140 ? blanked[..140] + "…" : blanked;
    }

    public static string Of(Exception error) => error is Graph.GraphDatabaseException db
        ? $"{db.StatusCode}: {Of(db.Message)}"
        : $"{error.GetType().Name}: {Of(error.Message)}";
}
