namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>The scalar functions, looked up by case-insensitive name.</summary>
public static class FunctionRegistry
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    public static bool TryGet(string name, out FunctionDefinition definition) => Functions.TryGetValue(name, out definition!);

    /// <summary>
    /// Whether a call gives the same value for the same arguments within one statement (the temporal constructors
    /// and timestamp() read the statement's clock; rand() and the .realtime clocks do not).
    /// </summary>
    public static bool IsDeterministic(string name) =>
        Functions.ContainsKey(name) && !name.Equals("rand", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".realtime", StringComparison.OrdinalIgnoreCase);

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
