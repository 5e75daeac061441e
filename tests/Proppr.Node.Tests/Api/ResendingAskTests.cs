using Akka.Actor;
using Akka.TestKit.Xunit2;
using FluentAssertions;
using Proppr.Node.Api;
using Proppr.Node.Configuration;
using Xunit;

namespace Proppr.Node.Tests.Api;

public sealed class ResendingAskTests : TestKit
{
    private static readonly ApiSettings Settings = new() { AskTimeout = TimeSpan.FromSeconds(5), ResendAfter = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task A_message_dropped_on_the_way_is_sent_again_and_the_resend_answered()
    {
        var dropsFirst = Sys.ActorOf(Props.Create(() => new DropsFirst()));

        var answer = await dropsFirst.AskResendingAsync<string>("track", Settings, CancellationToken.None);

        answer.Should().Be("answer to send 2");
    }

    [Fact]
    public async Task A_slow_original_keeps_its_own_answer_when_its_resend_is_answered_later()
    {
        var answersAfterResend = Sys.ActorOf(Props.Create(() => new AnswersOnceResent()));

        var answer = await answersAfterResend.AskResendingAsync<string>("track", Settings, CancellationToken.None);

        answer.Should().Be("original", "the original is answered first, its resend only after");
    }

    [Fact]
    public async Task No_answer_at_all_is_a_timeout_that_says_how_often_it_was_sent()
    {
        var silent = Sys.ActorOf(Props.Create(() => new DropsAll()));
        var settings = Settings with { AskTimeout = TimeSpan.FromMilliseconds(350) };

        var ask = () => silent.AskResendingAsync<string>("track", settings, CancellationToken.None);

        (await ask.Should().ThrowAsync<AskTimeoutException>()).WithMessage("no answer to String within *sends)");
    }

    private sealed class DropsFirst : ReceiveActor
    {
        private int _sends;

        public DropsFirst() => Receive<string>(_ =>
        {
            if (++_sends > 1)
            {
                Sender.Tell($"answer to send {_sends}");
            }
        });
    }

    /// <summary>Holds the original until its resend arrives, then answers both in order, as a busy fixture would.</summary>
    private sealed class AnswersOnceResent : ReceiveActor
    {
        private IActorRef? _original;

        public AnswersOnceResent() => Receive<string>(_ =>
        {
            if (_original is null)
            {
                _original = Sender;
                return;
            }
            _original.Tell("original");
            Sender.Tell("duplicate");
        });
    }

    private sealed class DropsAll : ReceiveActor
    {
        public DropsAll() => ReceiveAny(_ => { });
    }
}
