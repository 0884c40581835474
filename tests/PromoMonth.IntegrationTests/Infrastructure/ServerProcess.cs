using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PromoMonth.IntegrationTests.Infrastructure;

/// <summary>One real server (PostgreSQL or RabbitMQ) started from the AppHost's launch script, stoppable mid-test.</summary>
internal sealed class ServerProcess(
    string name, string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    : IAsyncDisposable
{
    private Process? _process;
    private readonly System.Text.StringBuilder _output = new();

    public string Name => name;

    public void Start()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Kills the server and everything it started, as a crash or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        try
        {
            await Eventually.HoldsAsync(() => RefusalAsync(port), refusal => refusal is null, $"{name} to listen on {port}", timeout);
        }
        catch (TimeoutException timedOut)
        {
            throw new TimeoutException($"{timedOut.Message}\n{Output}", timedOut);
        }
    }

    /// <summary>Null once the port accepts a connection, else why it did not; a server that exited fails at once.</summary>
    private async Task<string?> RefusalAsync(int port)
    {
        if (_process is { HasExited: true })
        {
            throw new InvalidOperationException($"{name} exited with {_process.ExitCode}:\n{Output}");
        }
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return null;
        }
        catch (SocketException refused)
        {
            return refused.SocketErrorCode.ToString();
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public ValueTask DisposeAsync() => new(KillAsync());

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
