using System.Collections.Frozen;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Gazetteers;

/// <summary>A trie of phrases over tokens; finds the longest phrase starting at a token. Read-only once built.</summary>
public sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node root;
    private readonly StringComparer comparer;
    private bool frozen;

    public PhraseTrie(StringComparer comparer)
    {
        this.comparer = comparer;
        root = new Node(comparer);
    }

    /// <summary>Adds a phrase; the first value added for a phrase wins.</summary>
    public void Add(string phrase, T value)
    {
        if (frozen)
        {
            throw new InvalidOperationException("the trie is frozen");
        }

        var node = root;
        foreach (var token in Tokenizer.Tokenize(phrase))
        {
            if (!node.Children.TryGetValue(token.Text, out var child))
            {
                child = new Node(comparer);
                node.Children.Add(token.Text, child);
            }

            node = child;
        }

        if (node != root)
        {
            node.Value ??= value;
        }
    }

    /// <summary>Makes lookups faster once every phrase is in; adding afterwards is not allowed.</summary>
    public PhraseTrie<T> Freeze()
    {
        frozen = true;
        root.Freeze();
        return this;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its length in tokens (0 when none) and value.</summary>
    public (int Length, T? Value) Match(IReadOnlyList<Token> tokens, int start, int end = int.MaxValue)
    {
        end = Math.Min(end, tokens.Count);
        var node = root;
        (int, T?) best = (0, null);
        for (var i = start; i < end; i++)
        {
            if (!node.TryGet(tokens[i].Text, out var child))
            {
                break;
            }

            node = child;
            if (node.Value is not null)
            {
                best = (i - start + 1, node.Value);
            }
        }

        return best;
    }

    private sealed class Node(StringComparer comparer)
    {
        private FrozenDictionary<string, Node>? frozen;

        public Dictionary<string, Node> Children { get; } = new(comparer);

        public T? Value { get; set; }

        public bool TryGet(string key, out Node child)
        {
            if (frozen is not null)
            {
                return frozen.TryGetValue(key, out child!);
            }

            return Children.TryGetValue(key, out child!);
        }

        public void Freeze()
        {
            if (Children.Count == 0)
            {
                return;
            }

            foreach (var child in Children.Values)
            {
                child.Freeze();
            }

            frozen = Children.ToFrozenDictionary(comparer);
        }
    }
}
