using System.Collections.Concurrent;
using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher;

/// <summary>Parses and plans each distinct query text once; plans do not depend on parameter values.</summary>
public sealed class QueryCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, CompiledStatement> _statements = new(StringComparer.Ordinal);

    public CompiledStatement Get(string text)
    {
        if (_statements.TryGetValue(text, out var cached)) return cached;
        var compiled = Compile(text);
        if (_statements.Count >= capacity) _statements.Clear();
        _statements[text] = compiled;
        return compiled;
    }

    public static CompiledStatement Compile(string text) => Parser.Parse(text) switch
    {
        SchemaCommand schema => new CompiledStatement(null, schema, false),
        Query query => new CompiledStatement(QueryPlanner.Plan(query, text), null, query.Explain),
        _ => throw new InvalidOperationException("Unknown statement"),
    };
}
