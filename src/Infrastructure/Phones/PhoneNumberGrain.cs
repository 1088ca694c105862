using TwoStep.Application.Common;
using TwoStep.Application.Phones;
using TwoStep.Domain.Accounts;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Phones;

/// <summary>
/// The send limit of one phone number across every account that asks for codes to it. It
/// knows the number only by its keyed hash, so neither its key nor its row reveals it.
/// </summary>
public sealed class PhoneNumberGrain : Grain, IPhoneNumberGrain
{
    private readonly IPersistentState<PhoneNumberState> _state;
    private readonly VerificationSettings _settings;
    private readonly TimeProvider _time;

    public PhoneNumberGrain(
        [PersistentState("phone", TwoStepStorage.Name)] IPersistentState<PhoneNumberState> state,
        VerificationSettings settings,
        TimeProvider time)
    {
        _state = state;
        _settings = settings;
        _time = time;
    }

    public async Task<Refusal?> TryRecordSend()
    {
        var decision = _state.State.Sends.TryRecord(_time.GetUtcNow(), _settings.Sends);
        if (!decision.Allowed)
        {
            return Refusal.From(decision.ToException());
        }

        // Counted only once stored: a send that was not written must not go out.
        _state.State.Sends = decision.History;
        await _state.WriteStateAsync();
        return null;
    }
}
