namespace GraphExplorer.Importer.Input;

/// <summary>
/// Recognises an HTML or XML page. Such a file is rejected rather than stripped of its tags: a saved web page
/// carries navigation, scripts and boilerplate that would become entities, so the analyst is asked for the
/// brief's plain text instead.
/// </summary>
internal static class MarkupDetection
{
    private static readonly string[] Openings = ["<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"];
    private static readonly string[] Tags = ["<p>", "<div", "<br", "</p>", "<span", "<script", "<a href"];

    public static bool IsMarkup(string text)
    {
        var start = text.AsSpan().TrimStart();
        foreach (var opening in Openings)
            if (start.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        if (!start.StartsWith("<")) return false;
        var head = text.Length > 4096 ? text[..4096] : text;
        return Tags.Any(tag => head.Contains(tag, StringComparison.OrdinalIgnoreCase));
    }
}
