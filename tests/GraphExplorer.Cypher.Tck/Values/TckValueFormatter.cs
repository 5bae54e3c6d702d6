using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// Writes expected literals and engine values in one canonical TCK notation, so two values match exactly
/// when their texts are equal: labels and map keys sorted, identities dropped (the TCK compares nodes by
/// labels and properties), integers and floats kept apart, and with <c>ignoreListOrder</c> list elements
/// sorted. Also used to show values in failure messages.
/// </summary>
public static class TckValueFormatter
{
    public static string Format(object? value, bool ignoreListOrder = false)
    {
        var builder = new StringBuilder();
        Write(builder, value, ignoreListOrder);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, object? value, bool ignoreListOrder)
    {
        switch (value)
        {
            case null: b.Append("null"); break;
            case bool v: b.Append(v ? "true" : "false"); break;
            case long v: b.Append(v.ToString(CultureInfo.InvariantCulture)); break;
            case int v: b.Append(v.ToString(CultureInfo.InvariantCulture)); break;
            case double v: b.Append(FormatFloat(v)); break;
            case string v: WriteString(b, v); break;
            case NodeLiteral n: WriteNode(b, n.Labels, n.Properties, ignoreListOrder); break;
            case Node n: WriteNode(b, n.Labels, n.Properties, ignoreListOrder); break;
            case RelationshipLiteral r: WriteRelationship(b, r.Type, r.Properties, ignoreListOrder); break;
            case Relationship r: WriteRelationship(b, r.Type, r.Properties, ignoreListOrder); break;
            case PathLiteral p: WritePath(b, p, ignoreListOrder); break;
            case GraphPath p: WritePath(b, p, ignoreListOrder); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(b, map, ignoreListOrder); break;
            case IReadOnlyList<object?> list: WriteList(b, list, ignoreListOrder); break;
            case System.Collections.IEnumerable other: WriteList(b, other.Cast<object?>().ToList(), ignoreListOrder); break;
            default: b.Append('<').Append(value.GetType().Name).Append(':').Append(value).Append('>'); break;
        }
    }

    private static string FormatFloat(double v)
    {
        if (double.IsNaN(v)) return "NaN";
        if (double.IsPositiveInfinity(v)) return "Inf";
        if (double.IsNegativeInfinity(v)) return "-Inf";
        if (v == 0) return "0.0"; // -0.0 equals 0.0 under IEEE comparison, as Cypher's = does.
        var text = v.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static void WriteString(StringBuilder b, string s)
    {
        b.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\'': b.Append("\\'"); break;
                case '\n': b.Append("\\n"); break;
                case '\t': b.Append("\\t"); break;
                case '\r': b.Append("\\r"); break;
                default: b.Append(c); break;
            }
        }
        b.Append('\'');
    }

    private static void WriteList(StringBuilder b, IReadOnlyList<object?> list, bool ignoreListOrder)
    {
        var items = list.Select(item => Format(item, ignoreListOrder));
        if (ignoreListOrder) items = items.Order(StringComparer.Ordinal);
        b.Append('[').AppendJoin(", ", items).Append(']');
    }

    private static void WriteMap(StringBuilder b, IReadOnlyDictionary<string, object?> map, bool ignoreListOrder)
    {
        b.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (!first) b.Append(", ");
            first = false;
            b.Append(key).Append(": ");
            Write(b, map[key], ignoreListOrder);
        }
        b.Append('}');
    }

    private static void WriteNode(StringBuilder b, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties,
        bool ignoreListOrder)
    {
        b.Append('(');
        foreach (var label in labels.Order(StringComparer.Ordinal)) b.Append(':').Append(label);
        WriteProperties(b, labels.Count > 0, properties, ignoreListOrder);
        b.Append(')');
    }

    private static void WriteRelationship(StringBuilder b, string type, IReadOnlyDictionary<string, object?> properties,
        bool ignoreListOrder)
    {
        b.Append("[:").Append(type);
        WriteProperties(b, true, properties, ignoreListOrder);
        b.Append(']');
    }

    private static void WriteProperties(StringBuilder b, bool spaceBefore, IReadOnlyDictionary<string, object?> properties,
        bool ignoreListOrder)
    {
        if (properties.Count == 0) return;
        if (spaceBefore) b.Append(' ');
        WriteMap(b, properties, ignoreListOrder);
    }

    private static void WritePath(StringBuilder b, PathLiteral path, bool ignoreListOrder)
    {
        b.Append('<');
        Write(b, path.Start, ignoreListOrder);
        foreach (var step in path.Steps)
        {
            b.Append(step.Forward ? "-" : "<-");
            Write(b, step.Relationship, ignoreListOrder);
            b.Append(step.Forward ? "->" : "-");
            Write(b, step.Node, ignoreListOrder);
        }
        b.Append('>');
    }

    private static void WritePath(StringBuilder b, GraphPath path, bool ignoreListOrder)
    {
        b.Append('<');
        Write(b, path.Nodes[0], ignoreListOrder);
        for (var i = 0; i < path.Relationships.Count && i + 1 < path.Nodes.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartId == path.Nodes[i].Id;
            b.Append(forward ? "-" : "<-");
            Write(b, relationship, ignoreListOrder);
            b.Append(forward ? "->" : "-");
            Write(b, path.Nodes[i + 1], ignoreListOrder);
        }
        b.Append('>');
    }
}
