using GraphExplorer.Cypher.Tck.Running;

namespace GraphExplorer.Cypher.Tck.Tests.Running;

public class FailureCauseTests
{
    [Theory]
    [InlineData("Unknown function 'date.truncate' (line 3, column 7)", "Unknown function 'date.truncate' (line #, column #)")]
    [InlineData("Variable `me` not defined", "Variable '…' not defined")]
    [InlineData("Cannot compare 'a b' with \"c\"", "Cannot compare '…' with '…'")]
    [InlineData("first line\nsecond line", "first line")]
    public void BlanksWhatVariesAndKeepsNames(string message, string cause)
    {
        Assert.Equal(cause, FailureCause.Of(message));
    }
}
