using GraphExplorer.Cypher.Tck.Expectations;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Tests.Expectations;

public class ExpectedErrorTests
{
    [Fact]
    public void ParsesTheStep()
    {
        var expected = ExpectedError.TryParse("a SyntaxError should be raised at compile time: UndefinedVariable");
        Assert.Equal(new ExpectedError("SyntaxError", ErrorTiming.CompileTime, "UndefinedVariable"), expected);
        Assert.Equal(ErrorTiming.AnyTime, ExpectedError.TryParse("a TypeError should be raised at any time: X")!.Timing);
        Assert.Equal("ArgumentError", ExpectedError.TryParse("an ArgumentError should be raised at runtime: Y")!.Type);
        Assert.Null(ExpectedError.TryParse("the result should be empty"));
    }

    [Fact]
    public void PassesOnTypeAndPhaseAndReportsDetailSeparately()
    {
        var expected = new ExpectedError("SyntaxError", ErrorTiming.CompileTime, "UndefinedVariable");
        var other = expected.Check(new GraphDatabaseException(StatusCodes.SyntaxError, "m", "VariableAlreadyBound", ErrorPhase.CompileTime));
        Assert.True(other.Passed);
        Assert.False(other.DetailMatches);
        var exact = expected.Check(new GraphDatabaseException(StatusCodes.SyntaxError, "m", "UndefinedVariable", ErrorPhase.CompileTime));
        Assert.True(exact.Passed && exact.DetailMatches);
    }

    [Fact]
    public void StarAcceptsAnyDetail()
    {
        var expected = ExpectedError.TryParse("a TypeError should be raised at any time: *")!;
        Assert.True(expected.Check(new GraphDatabaseException(StatusCodes.TypeError, "m", "InvalidArgumentType")).DetailMatches);
    }

    [Fact]
    public void FailsOnWrongTypeOrPhase()
    {
        var expected = new ExpectedError("TypeError", ErrorTiming.Runtime, "InvalidArgumentType");
        Assert.False(expected.Check(new GraphDatabaseException(StatusCodes.SyntaxError, "m", null, ErrorPhase.Runtime)).Passed);
        Assert.False(expected.Check(new GraphDatabaseException(StatusCodes.TypeError, "m", null, ErrorPhase.CompileTime)).Passed);
        var anyTime = expected with { Timing = ErrorTiming.AnyTime };
        Assert.True(anyTime.Check(new GraphDatabaseException(StatusCodes.TypeError, "m", null, ErrorPhase.CompileTime)).Passed);
    }

    [Fact]
    public void MapsTckNamesThatDifferFromNeo4jCodes()
    {
        var expected = new ExpectedError("ConstraintVerificationFailed", ErrorTiming.Runtime, "DeleteConnectedNode");
        Assert.True(expected.Check(new GraphDatabaseException(StatusCodes.ConstraintValidationFailed, "m")).Passed);
    }
}
