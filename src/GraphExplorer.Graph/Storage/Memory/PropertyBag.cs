using GraphExplorer.Graph.Storage.Durability;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// An element's properties, stored inline in its slot: an immutable pair of arrays (the key array shared by
/// every element with the same keys); each change makes a new bag. The default bag is empty.
/// </summary>
internal readonly struct PropertyBag
{
    public static readonly PropertyBag Empty = default;

    private readonly string[]? _keys;
    private readonly object?[]? _values;

    private PropertyBag(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys?.Length ?? 0;
    public string KeyAt(int i) => _keys![i];
    public object? ValueAt(int i) => _values![i];

    /// <summary>The stored form of <paramref name="properties"/> (see <see cref="PropertyValues"/>); null values are left out.</summary>
    public static PropertyBag From(IReadOnlyDictionary<string, object?> properties, TokenTable tokens)
    {
        if (properties.Count == 0) return Empty;
        var keys = new string[properties.Count];
        var values = new object?[properties.Count];
        var n = 0;
        if (properties is Dictionary<string, object?> dictionary)
        {
            foreach (var (key, value) in dictionary) Add(key, value, keys, values, ref n);
        }
        else
        {
            foreach (var (key, value) in properties) Add(key, value, keys, values, ref n);
        }
        if (n == 0) return Empty;
        if (n < keys.Length)
        {
            Array.Resize(ref keys, n);
            Array.Resize(ref values, n);
        }
        return new PropertyBag(tokens.Set(keys), values);
    }

    private static void Add(string key, object? value, string[] keys, object?[] values, ref int n)
    {
        var stored = PropertyValues.ToStored(value);
        if (stored is null) return;
        keys[n] = key;
        values[n++] = stored;
    }

    public int IndexOf(string key)
    {
        var keys = _keys;
        if (keys is null) return -1;
        for (var i = 0; i < keys.Length; i++)
            if (ReferenceEquals(keys[i], key) || string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public object? Get(string key)
    {
        var i = IndexOf(key);
        return i < 0 ? null : _values![i];
    }

    /// <summary>The bag with <paramref name="key"/> set to <paramref name="value"/> (removed when null).</summary>
    public PropertyBag With(string key, object? value, TokenTable tokens)
    {
        var i = IndexOf(key);
        if (_keys is null || _values is null)
            return value is null ? this : new PropertyBag(tokens.Set([key]), [value]);
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
            return new PropertyBag(tokens.Set(keys), values);
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
        return new PropertyBag(tokens.Set(grownKeys), grownValues);
    }

    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var result = new Dictionary<string, object?>(Count);
        for (var i = 0; i < Count; i++) result[_keys![i]] = _values![i];
        return result;
    }

    /// <summary>The copy that leaves the database in a result: temporal values (and lists of them) as ISO 8601 text.</summary>
    public IReadOnlyDictionary<string, object?> ToPublicDictionary()
    {
        var result = new Dictionary<string, object?>(Count);
        for (var i = 0; i < Count; i++)
        {
            var value = _values![i];
            result[_keys![i]] = value is string or long ? value : PublicForm(value);
        }
        return result;
    }

    private static object? PublicForm(object? value) => value switch
    {
        double or bool => value,
        IReadOnlyList<object?> { Count: > 0 } list when TemporalRecord.IsTemporal(list[0]) => list.Select(item => item!.ToString()).ToArray(),
        _ when TemporalRecord.IsTemporal(value) => value!.ToString(),
        _ => value,
    };
}
