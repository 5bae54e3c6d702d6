using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Infrastructure;

/// <summary>Small helpers to call the API and read its JSON.</summary>
public static class HttpJson
{
    public static async Task<JToken> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<JToken> PostJsonAsync(this HttpClient client, string url, object body,
        HttpStatusCode expected = HttpStatusCode.OK, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, expected);
    }

    public static async Task<JToken> PostTextAsync(this HttpClient client, string url, byte[] content,
        HttpStatusCode expected = HttpStatusCode.Created, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, expected);
    }

    public static async Task<JToken> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JToken.Parse(text);
    }

    /// <summary>Asserts the answer is a problem details document with the given status and returns it.</summary>
    public static JObject AssertProblem(JToken body, int status)
    {
        var problem = Assert.IsType<JObject>(body);
        Assert.Equal(status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.True(problem.ContainsKey("code"), "problem details carry 'code'");
        Assert.True(problem.ContainsKey("position"), "problem details carry 'position'");
        Assert.DoesNotContain("   at ", problem.ToString());
        return problem;
    }
}
