using CareerCraft.Ml.Extraction.Workers;

namespace CareerCraft.Tests.Ml.Extraction;

/// <summary>One user's files take their share of the workers; another user's file does not wait behind them.</summary>
public sealed class RequesterGateTests
{
    [Fact]
    public async Task A_second_file_of_the_same_user_waits_while_another_user_goes_ahead()
    {
        var gate = new RequesterGate(perRequester: 1);
        var first = await gate.EnterAsync("attacker", CancellationToken.None);

        var second = gate.EnterAsync("attacker", CancellationToken.None);
        var other = gate.EnterAsync("someone-else", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully, "another user's file waited behind the attacker's");
        Assert.False(second.IsCompleted, "the attacker's second file got a second worker");
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task A_user_who_gave_up_waiting_leaves_no_slot_taken()
    {
        var gate = new RequesterGate(perRequester: 1);
        var first = await gate.EnterAsync("user", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiting = gate.EnterAsync("user", giveUp.Token);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        first.Dispose();
        var next = gate.EnterAsync("user", CancellationToken.None);
        Assert.True(next.IsCompletedSuccessfully);
        (await next).Dispose();
    }
}
