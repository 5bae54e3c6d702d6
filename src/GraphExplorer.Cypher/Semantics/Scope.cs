namespace GraphExplorer.Cypher.Semantics;

/// <summary>The variables visible at one point of a query. Copied, never shared, when a clause changes it.</summary>
public sealed class Scope
{
    private readonly Dictionary<string, BoundVariable> _variables;

    public Scope() => _variables = new Dictionary<string, BoundVariable>(StringComparer.Ordinal);

    private Scope(Dictionary<string, BoundVariable> variables) =>
        _variables = new Dictionary<string, BoundVariable>(variables, StringComparer.Ordinal);

    public IEnumerable<BoundVariable> Variables => _variables.Values;

    public int Count => _variables.Count;

    public Scope Copy() => new(_variables);

    public bool TryGet(string name, out BoundVariable variable) => _variables.TryGetValue(name, out variable!);

    public bool Contains(string name) => _variables.ContainsKey(name);

    public void Set(BoundVariable variable) => _variables[variable.Name] = variable;
}
