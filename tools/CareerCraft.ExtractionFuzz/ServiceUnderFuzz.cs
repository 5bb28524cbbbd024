using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// The ML service as its own process on a loopback port, with a signing key made up for this run, and a sampler of
/// its resident memory and its workers' (summed over the process tree, read from /proc).
/// </summary>
public sealed class ServiceUnderFuzz : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private readonly FuzzSigningKey _key = new();

    private ServiceUnderFuzz(string executable, int port)
    {
        Address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Jwt__Jwks"] = _key.Jwks;
        start.Environment["Ml__RateLimit__PermitsPerMinute"] = "100000";
        start.Environment["Ml__RateLimit__Burst"] = "10000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _sampler = SampleAsync(_stop.Token);
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public long PeakServiceBytes { get; private set; }

    public long PeakTreeBytes { get; private set; }

    public static async Task<ServiceUnderFuzz> StartAsync(string executable)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Build the ML service first (dotnet build -c Release CareerCraft.Ml): {executable} is missing.");
        }
        var service = new ServiceUnderFuzz(executable, FreePort());
        using var http = new HttpClient { BaseAddress = service.Address };
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        await service.DisposeAsync();
        throw new TimeoutException("The ML service did not become healthy in 2 minutes.");
    }

    /// <summary>An ES256 token for <paramref name="user"/> the service accepts.</summary>
    public string Token(string user) => _key.Token(user);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && !_process.HasExited)
        {
            var service = ResidentBytes(_process.Id);
            var tree = service + Children(_process.Id).Sum(ResidentBytes);
            PeakServiceBytes = Math.Max(PeakServiceBytes, service);
            PeakTreeBytes = Math.Max(PeakTreeBytes, tree);
            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static IEnumerable<int> Children(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            // "pid (comm) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], out var ppid) && ppid == parent)
            {
                yield return pid;
            }
        }
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _key.Dispose();
    }
}
