using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// Splits a brief into sections, sentences (with character offsets), common-question entries and entity cards.
/// Text without headings becomes one <see cref="SectionHeadings.Body"/> section. A <see cref="Dateline"/> among the
/// first lines gives the publication date and is not a sentence. Never throws on odd text.
/// </summary>
public sealed class BriefParser
{
    private const int MaxTitleLength = 200;

    /// <summary>How many non-blank lines from the top may hold a dateline; dates further down are prose.</summary>
    private const int DatelineLines = 5;

    public ParsedBrief Parse(string fileName, string text)
    {
        text ??= string.Empty;
        var sections = new List<string>();
        var sentences = new List<BriefSentence>();
        var cards = new List<EntityCard>();
        var ranges = new List<(int Start, int End)>();
        var section = SectionHeadings.Body;
        var inGoDeeper = false;
        var cardStart = -1;
        var cardEnd = -1;
        var linesRead = 0;
        DateTimeOffset? published = null;
        DateTimeOffset? updated = null;

        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var line = text.AsSpan(lineStart, contentEnd - lineStart);
            if (!line.IsWhiteSpace()) linesRead++;
            var heading = SectionHeadings.Match(line);
            if (heading is null && linesRead <= DatelineLines && Dateline.TryRead(line, out var dateline))
            {
                if (dateline.IsUpdate) updated ??= dateline.Date;
                else published ??= dateline.Date;
            }
            else if (heading is not null)
            {
                FlushCard();
                if (heading == SectionHeadings.CommonQuestion && inGoDeeper)
                {
                    // A sub-heading of "Go deeper": its entries stay in that section.
                }
                else
                {
                    section = heading;
                    inGoDeeper = heading is SectionHeadings.GoDeeper or SectionHeadings.CommonQuestion;
                    if (!sections.Contains(section))
                    {
                        sections.Add(section);
                    }
                }
            }
            else if (IsSeparator(line))
            {
                FlushCard();
            }
            else if (!line.IsWhiteSpace())
            {
                if (section == SectionHeadings.Body && !sections.Contains(section))
                {
                    sections.Add(section);
                }

                ranges.Clear();
                SentenceSplitter.Split(text, lineStart, contentEnd, ranges);
                foreach (var (start, end) in ranges)
                {
                    sentences.Add(new BriefSentence(sentences.Count, section, start, end, Clean(text, start, end)));
                }

                if (section == SectionHeadings.MoreOnTheseTopics && ranges.Count > 0)
                {
                    cardStart = cardStart < 0 ? ranges[0].Start : cardStart;
                    cardEnd = ranges[^1].End;
                }
            }

            lineStart = lineEnd + 1;
        }

        FlushCard();
        var title = sentences.Count > 0 ? Truncate(sentences[0].Text) : Path.GetFileNameWithoutExtension(fileName ?? string.Empty);
        return new ParsedBrief(fileName ?? string.Empty, title, text, sections, sentences, cards, OutletCitation.Find(sentences),
            published ?? updated);

        void FlushCard()
        {
            if (cardStart >= 0)
            {
                var cardText = Clean(text, cardStart, cardEnd);
                cards.Add(new EntityCard(EntityCardName.Of(cardText), cardText, cardStart, cardEnd));
            }

            cardStart = -1;
        }
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 0 && !line.ContainsAnyExcept("-\u2013\u2014*");
    }

    private static string Clean(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!span.ContainsAnyInRange('\0', '\u001f'))
        {
            return span.ToString();
        }

        return string.Create(span.Length, (text, start), static (buffer, state) =>
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var c = state.text[state.start + i];
                buffer[i] = c < ' ' ? ' ' : c;
            }
        });
    }

    private static string Truncate(string sentence) =>
        sentence.Length <= MaxTitleLength ? sentence : sentence[..MaxTitleLength];
}
