using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Tests.Recognition;

/// <summary>Runs parsing and recognition (and, where a test needs it, linking) on a text.</summary>
internal static class Recognize
{
    private static readonly ChunkClassifier Classifier = new(Gazetteer.Default);

    public static (List<Mention> Mentions, List<List<Token>> Tokens, BriefLexicon Lexicon, Model.ParsedBrief Brief) Mentions(string text)
    {
        var brief = new BriefParser().Parse("test.txt", text);
        var tokens = brief.Sentences.Select(s => Tokenizer.Tokenize(s.Text)).ToList();
        var lexicon = BriefLexicon.Build(brief, tokens, Gazetteer.Default, Classifier);
        return (new MentionRecognizer(Gazetteer.Default, Classifier).Recognize(brief, tokens, Headline.Of(tokens), lexicon), tokens, lexicon, brief);
    }

    public static List<EntityBuilder> Entities(string text)
    {
        var (mentions, tokens, lexicon, brief) = Mentions(text);
        var entities = new EntityLinker(Gazetteer.Default).Link(mentions, lexicon);
        new EventRecognizer(Gazetteer.Default).Recognize(brief, tokens, Headline.Of(tokens), mentions, entities);
        return entities;
    }
}
