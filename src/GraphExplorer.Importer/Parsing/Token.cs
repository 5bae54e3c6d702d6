namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// A word or punctuation mark of a sentence: offsets [Start, End) within the sentence text, and its text with curly
/// apostrophes straightened. A possessive ending is its own token ("'s"), and so is a suffix such as "-backed".
/// </summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && (char.IsLetterOrDigit(Text[0]) || (Text.Length > 1 && Text[0] == '-'));

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsPunctuation => !IsWord && Text != "'s";

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
}
