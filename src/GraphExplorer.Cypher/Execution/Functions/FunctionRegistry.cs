namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>The scalar functions, looked up by case-insensitive name.</summary>
public static class FunctionRegistry
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    public static bool TryGet(string name, out FunctionDefinition definition) => Functions.TryGetValue(name, out definition!);

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var functions = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, int min, int max, Func<object?[], QueryContext, object?> body) =>
            functions[name] = new FunctionDefinition(name, min, max, body);
        GraphFunctions.Register(Add);
        ListFunctions.Register(Add);
        StringFunctions.Register(Add);
        MathFunctions.Register(Add);
        ConversionFunctions.Register(Add);
        Temporal.TemporalFunctions.Register(Add);
        Temporal.TemporalTruncation.Register(Add);
        Temporal.TemporalDurations.Register(Add);
        return functions;
    }
}
