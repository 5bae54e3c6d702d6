using System.Text;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>A chain of operators, applied in order to an input stream.</summary>
public sealed class Pipeline(IReadOnlyList<Operator> operators)
{
    public IReadOnlyList<Operator> Operators { get; } = operators;

    public IEnumerable<object?[]> Run(IEnumerable<object?[]> input, QueryContext context)
    {
        var stream = input;
        foreach (var op in Operators) stream = op.Apply(stream, context);
        return stream;
    }

    public IEnumerable<object?[]> RunOne(object?[] row, QueryContext context) => Run([row], context);

    /// <summary>The plan as text, last operator first (as Neo4j prints it), nested pipelines indented.</summary>
    public void Describe(StringBuilder text, int indent)
    {
        for (var i = Operators.Count - 1; i >= 0; i--)
        {
            text.Append(' ', indent * 2).Append("+").Append(Operators[i].Describe()).Append('\n');
            foreach (var child in Operators[i].Children) child.Describe(text, indent + 1);
        }
    }
}
