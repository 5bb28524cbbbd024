namespace CareerCraft.Tests.Ml.CoverLetters;

/// <summary>One server-sent event as the browser's EventSource sees it.</summary>
public sealed record ServerSentEvent(string Type, string Data);

/// <summary>Parses a text/event-stream body per the HTML spec: blank-line separated, "data:" lines joined by newlines.</summary>
public static class ServerSentEvents
{
    public static async Task<List<ServerSentEvent>> ReadAllAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadAsStringAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);
        var events = new List<ServerSentEvent>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var type = "message";
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    type = line["event:".Length..].TrimStart();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    var value = line["data:".Length..];
                    data.Add(value.StartsWith(' ') ? value[1..] : value);
                }
            }
            events.Add(new ServerSentEvent(type, string.Join('\n', data)));
        }
        return events;
    }
}
