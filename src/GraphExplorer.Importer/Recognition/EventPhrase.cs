namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// A noun phrase naming a happening: its sentence and token span, the text as written, the head's synonym group,
/// its content words (the words that tell one war from another) and among them the names and dates.
/// </summary>
public sealed record EventPhrase(int Sentence, int Start, int End, string Text, string Group, HashSet<string> Words, HashSet<string> Names, bool InHeadline)
{
    public bool Named => Names.Count > 0;
}
