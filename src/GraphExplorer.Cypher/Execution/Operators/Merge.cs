namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// MERGE: for each row, matches the pattern; every match gets the ON MATCH items, and when there is
/// none the pattern is created and gets the ON CREATE items. Later rows see what earlier rows created.
/// </summary>
public sealed class Merge(Pipeline match, CreatePattern create, IReadOnlyList<UpdateAction> onCreate, IReadOnlyList<UpdateAction> onMatch,
    string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            context.Tick();
            var matches = match.RunOne(row, context).ToList();
            if (matches.Count == 0)
            {
                var next = Copy(row);
                create.Apply(next, context);
                foreach (var action in onCreate) action(next, context);
                yield return next;
                continue;
            }
            foreach (var found in matches)
            {
                foreach (var action in onMatch) action(found, context);
                yield return found;
            }
        }
    }

    public override string Describe() => $"Merge({description})";

    public override IEnumerable<Pipeline> Children => [match];
}
