using System.Runtime.InteropServices;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// fsync on a directory, so a rename inside it survives power loss before the log it replaces is emptied.
/// .NET has no API for this; on Unix it is open(O_RDONLY) + fsync. Windows makes renames durable itself.
/// </summary>
internal static class DirectorySync
{
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(directory, 0);
        if (fd < 0) return;
        try
        {
            Fsync(fd);
        }
        finally
        {
            Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", CharSet = CharSet.Ansi)]
    private static extern int Open(string path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
