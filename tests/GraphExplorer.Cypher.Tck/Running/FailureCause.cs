using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>Turns an error message into a grouping key by blanking out the parts that vary per query.</summary>
public static partial class FailureCause
{
    [GeneratedRegex(@"'[^']*'|""[^""]*""|`[^`]*`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static string Of(string message)
    {
        var firstLine = message.Split('\n')[0];
        var blanked = Digits().Replace(Quoted().Replace(firstLine, "'…'"), "#");
        return blanked.Length > 140 ? blanked[..140] + "…" : blanked;
    }

    public static string Of(Exception error) => error is Graph.GraphDatabaseException db
        ? $"{db.StatusCode}: {Of(db.Message)}"
        : $"{error.GetType().Name}: {Of(error.Message)}";
}
