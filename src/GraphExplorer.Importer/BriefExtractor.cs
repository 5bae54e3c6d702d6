using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;
using GraphExplorer.Importer.Relations;

namespace GraphExplorer.Importer;

/// <summary>
/// The extraction half of the importer: parse → recognise → link → relate. Holds only read-only state (the
/// gazetteer is loaded once), so one instance serves any number of briefs and threads.
/// </summary>
public sealed class BriefExtractor
{
    private readonly BriefParser parser = new();
    private readonly Gazetteer gazetteer;
    private readonly ChunkClassifier classifier;
    private readonly MentionRecognizer mentions;
    private readonly EventRecognizer events;
    private readonly EntityLinker linker;
    private readonly RelationExtractor relations;

    public BriefExtractor()
        : this(Gazetteer.Default)
    {
    }

    public BriefExtractor(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        classifier = new ChunkClassifier(gazetteer);
        mentions = new MentionRecognizer(gazetteer, classifier);
        linker = new EntityLinker(gazetteer);
        events = new EventRecognizer(gazetteer);
        relations = new RelationExtractor();
    }

    public BriefExtraction Extract(string fileName, string text)
    {
        var brief = parser.Parse(fileName, text);
        var tokens = new List<List<Token>>(brief.Sentences.Count);
        foreach (var sentence in brief.Sentences)
        {
            tokens.Add(Tokenizer.Tokenize(sentence.Text));
        }

        var headlines = Headline.Of(tokens);
        var lexicon = BriefLexicon.Build(brief, tokens, gazetteer, classifier);
        var found = mentions.Recognize(brief, tokens, headlines, lexicon);
        var entities = linker.Link(found, lexicon);
        events.Recognize(brief, tokens, headlines, found, entities);
        var document = new BriefDocument(brief, tokens, headlines, found, entities);
        var related = relations.Extract(document);
        return new BriefExtraction(brief, entities.Select(e => e.Build()).ToList(), related);
    }
}
