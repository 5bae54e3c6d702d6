namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>An element's properties: an immutable pair of small arrays; each change makes a new bag.</summary>
internal sealed class PropertyBag
{
    public static readonly PropertyBag Empty = new([], []);

    private readonly string[] _keys;
    private readonly object?[] _values;

    private PropertyBag(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;
    public string KeyAt(int i) => _keys[i];
    public object? ValueAt(int i) => _values[i];

    public static PropertyBag From(IReadOnlyDictionary<string, object?> properties, Func<string, string> intern)
    {
        var keys = new List<string>(properties.Count);
        var values = new List<object?>(properties.Count);
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            keys.Add(intern(key));
            values.Add(value);
        }
        return keys.Count == 0 ? Empty : new PropertyBag([.. keys], [.. values]);
    }

    public int IndexOf(string key)
    {
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
            if (ReferenceEquals(keys[i], key) || string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public object? Get(string key)
    {
        var i = IndexOf(key);
        return i < 0 ? null : _values[i];
    }

    /// <summary>The bag with <paramref name="key"/> set to <paramref name="value"/> (removed when null).</summary>
    public PropertyBag With(string key, object? value)
    {
        var i = IndexOf(key);
        if (value is null)
        {
            if (i < 0) return this;
            if (_keys.Length == 1) return Empty;
            var keys = new string[_keys.Length - 1];
            var values = new object?[_keys.Length - 1];
            Array.Copy(_keys, keys, i);
            Array.Copy(_values, values, i);
            Array.Copy(_keys, i + 1, keys, i, keys.Length - i);
            Array.Copy(_values, i + 1, values, i, values.Length - i);
            return new PropertyBag(keys, values);
        }
        if (i >= 0)
        {
            var values = (object?[])_values.Clone();
            values[i] = value;
            return new PropertyBag(_keys, values);
        }
        var grownKeys = new string[_keys.Length + 1];
        var grownValues = new object?[_keys.Length + 1];
        Array.Copy(_keys, grownKeys, _keys.Length);
        Array.Copy(_values, grownValues, _keys.Length);
        grownKeys[^1] = key;
        grownValues[^1] = value;
        return new PropertyBag(grownKeys, grownValues);
    }

    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var result = new Dictionary<string, object?>(_keys.Length);
        for (var i = 0; i < _keys.Length; i++) result[_keys[i]] = _values[i];
        return result;
    }
}
