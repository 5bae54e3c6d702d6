using GraphExplorer.Importer;

namespace GraphExplorer.Cli;

/// <summary>
/// Shows a multi-file import as it goes: a progress bar redrawn in place on a terminal, one line per file
/// otherwise; each failure goes to the error stream as it happens; a summary at the end.
/// </summary>
internal sealed class ImportDisplay(TextWriter output, TextWriter errors, bool terminal) : IProgress<ImportProgress>
{
    private const int BarWidth = 30;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private int _barLength;

    public void Report(ImportProgress progress)
    {
        if (progress.Error is not null)
        {
            ClearBar();
            _reported.Add(progress.File);
            errors.WriteLine($"failed: {progress.File}: {progress.Error}");
        }
        if (terminal) DrawBar(progress);
        else if (progress.Result is { } result) output.WriteLine($"[{progress.Done}/{progress.Total}] {Describe(result)}: {progress.File}");
    }

    public void Finish(BatchImportResult batch)
    {
        if (terminal && _barLength > 0) output.WriteLine();
        foreach (var failure in batch.Failures.Where(failure => !_reported.Contains(failure.File)))
            errors.WriteLine($"failed: {failure.File}: {failure.Reason}");
        output.WriteLine($"briefs imported:            {batch.Imported}");
        output.WriteLine($"skipped (already present):  {batch.Skipped}");
        output.WriteLine($"failed:                     {batch.Failed}");
        output.WriteLine($"entities added:             {batch.EntitiesAdded}");
        output.WriteLine($"relationships added:        {batch.RelationshipsAdded}");
        output.Flush();
    }

    private static string Describe(ImportResult result) => result.Skipped
        ? "skipped, already present"
        : $"imported, {result.EntitiesAdded} entities and {result.RelationshipsAdded} relationships added";

    private void DrawBar(ImportProgress progress)
    {
        var filled = progress.Total == 0 ? BarWidth : progress.Done * BarWidth / progress.Total;
        var line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {progress.Done}/{progress.Total} {Path.GetFileName(progress.File)}";
        output.Write('\r' + line.PadRight(_barLength));
        _barLength = line.Length;
        output.Flush();
    }

    private void ClearBar()
    {
        if (!terminal || _barLength == 0) return;
        output.Write('\r' + new string(' ', _barLength) + '\r');
        _barLength = 0;
    }
}
