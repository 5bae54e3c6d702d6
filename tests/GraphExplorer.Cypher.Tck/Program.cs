using GraphExplorer.Cypher.Tck;

try
{
    TckRun.Execute(TckOptions.Parse(args), TckDatabase.CreateEmpty, Console.Out);
    return 0;
}
catch (Exception error) when (error is ArgumentException or DirectoryNotFoundException or InvalidDataException or FormatException)
{
    Console.Error.WriteLine("tck: " + error.Message);
    return 2;
}
