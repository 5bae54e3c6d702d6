using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>A function given, at runtime, a value of a type it does not take fails as the TCK expects.</summary>
public sealed class FunctionArgumentErrorTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("CREATE (a) WITH [a, 1] AS list RETURN labels(list[1])")]
    [InlineData("CREATE ()-[r:T]->() RETURN [x IN [r, 'x'] | type(x)]")]
    [InlineData("WITH [[1]] AS l RETURN toBoolean(l[0])")]
    [InlineData("WITH [{a: 1}] AS l RETURN toString(l[0])")]
    public void WrongArgumentTypeIsATypeErrorWithInvalidArgumentValue(string query)
    {
        var error = _runner.Fail(query);
        Assert.Equal(StatusCodes.TypeError, error.StatusCode);
        Assert.Equal("InvalidArgumentValue", error.Detail);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }
}
