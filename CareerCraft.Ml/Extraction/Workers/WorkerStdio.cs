using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The worker's protocol streams. On Unix the pipe the service reads is moved off file descriptor 1, which then points
/// at stderr: a native library that prints to stdout cannot corrupt a frame.
/// </summary>
internal sealed class WorkerStdio : IDisposable
{
    private const int StdoutFd = 1;
    private const int StderrFd = 2;

    private WorkerStdio(Stream input, Stream output)
    {
        Input = input;
        Output = output;
    }

    public Stream Input { get; }

    public Stream Output { get; }

    public static WorkerStdio Take()
    {
        var input = Console.OpenStandardInput();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var protocolFd = Dup(StdoutFd);
            if (protocolFd >= 0 && Dup2(StderrFd, StdoutFd) >= 0)
            {
                return new WorkerStdio(input, new FileStream(new SafeFileHandle(protocolFd, ownsHandle: true), FileAccess.Write, bufferSize: 0));
            }
        }
        var output = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        return new WorkerStdio(input, output);
    }

    public void Dispose()
    {
        Input.Dispose();
        Output.Dispose();
    }

    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int oldFd, int newFd);
}
