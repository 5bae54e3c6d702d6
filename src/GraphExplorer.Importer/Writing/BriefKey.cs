using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// A brief's key is the hash of its decoded text ("brief:" and 32 hex digits of SHA-256), so the same brief
/// saved under another name or in another encoding is recognised as already imported.
/// </summary>
public static class BriefKey
{
    public static string For(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "brief:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
