using GraphExplorer.Server.Search;

namespace GraphExplorer.Server.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Phnom Penh", "phnom penh")]
    [InlineData("Recep Tayyip ERDOĞAN", "recep tayyip erdogan")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("  U.S.  Navy ", "u s navy")]
    [InlineData("São Tomé & Príncipe", "sao tome principe")]
    public void FoldingRemovesCaseAccentsAndPunctuation(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void FoldingKeepsNonLatinLetters() => Assert.Equal("москва", SearchText.Fold("Москва"));
}
