using TwoStep.Application.Common;

namespace TwoStep.Application.Phones;

/// <summary>
/// The send limit of one phone number, whoever asks for codes to it. The key is the keyed hash
/// of the E.164 number (<c>CodeHasher.PhoneNumberKey</c>), never the number itself.
/// </summary>
public interface IPhoneNumberGrain : IGrainWithStringKey
{
    /// <summary>Counts one message to this number, or refuses with <c>RATE_LIMITED</c> and the time to wait.</summary>
    Task<Refusal?> TryRecordSend();
}
