namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// A noun phrase naming a happening: its sentence and token span, the text as written, the head's synonym group,
/// and its content words (the words that tell one war from another).
/// </summary>
public sealed record EventPhrase(int Sentence, int Start, int End, string Text, string Group, HashSet<string> Words, bool Named, bool InHeadline);
