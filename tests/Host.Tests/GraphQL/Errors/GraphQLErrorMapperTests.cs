using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using TwoStep.Application.Sms;
using TwoStep.Domain.Errors;
using TwoStep.Host.GraphQL.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.Tests.GraphQL.Errors;

public sealed class GraphQLErrorMapperTests
{
    private readonly GraphQLErrorMapper _mapper = new(NullLogger<GraphQLErrorMapper>.Instance);

    [Theory]
    [InlineData(ErrorCode.ReauthenticationRequired, "REAUTHENTICATION_REQUIRED")]
    [InlineData(ErrorCode.SsoManaged, "SSO_MANAGED")]
    [InlineData(ErrorCode.PhoneNumberNotAllowed, "PHONE_NUMBER_NOT_ALLOWED")]
    [InlineData(ErrorCode.Unauthenticated, "UNAUTHENTICATED")]
    [InlineData(ErrorCode.TooManyAttempts, "TOO_MANY_ATTEMPTS")]
    public void A_refusal_keeps_its_message_and_gets_its_code(ErrorCode code, string expected)
    {
        var error = _mapper.Map(new RefusalException(code, "Because."), "field");

        Assert.Equal(expected, error.Code);
        Assert.Equal("Because.", error.Message);
    }

    [Fact]
    public void A_refusal_that_says_when_to_retry_carries_retryAfter_in_whole_seconds()
    {
        var refusal = new RefusalException(ErrorCode.RateLimited, "Slow down.", TimeSpan.FromSeconds(12.2));

        var error = Assert.IsType<TwoStepError>(_mapper.Map(refusal, "field"));

        Assert.Equal(13, error.RetryAfterSeconds);
    }

    [Fact]
    public void A_refusal_wrapped_by_another_exception_is_still_found()
    {
        var wrapped = new AggregateException(new RefusalException(ErrorCode.InvalidCode, "Wrong."));

        Assert.Equal("INVALID_CODE", _mapper.Map(wrapped, "field").Code);
    }

    [Fact]
    public void An_undelivered_SMS_is_SMS_DELIVERY_FAILED()
    {
        var error = _mapper.Map(new SmsDeliveryException("The provider refused the message."), "field");

        Assert.Equal("SMS_DELIVERY_FAILED", error.Code);
    }

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_dependency_is_SERVICE_UNAVAILABLE(Exception outage)
    {
        var error = _mapper.Map(outage, "field");

        Assert.Equal("SERVICE_UNAVAILABLE", error.Code);
        Assert.DoesNotContain(outage.Message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_else_is_INTERNAL_SERVER_ERROR_with_a_generic_message()
    {
        var error = _mapper.Map(new InvalidOperationException("secret detail +447400123456"), "field");

        Assert.Equal("INTERNAL_SERVER_ERROR", error.Code);
        Assert.Equal("An unexpected error occurred.", error.Message);
    }

    public static TheoryData<Exception> Outages() => new()
    {
        new TimeoutException("Response did not arrive on time."),
        new InvalidOperationException("Storage failed.", new SocketException((int)SocketError.ConnectionRefused)),
        new SiloUnavailableException("The silo is gone."),
    };
}
