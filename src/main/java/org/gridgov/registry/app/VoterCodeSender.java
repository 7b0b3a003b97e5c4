package org.gridgov.registry.app;

import org.gridgov.registry.domain.PhoneNumber;

/**
 * Delivers a one-time voting code to a phone (an SMS gateway in a deployment). The platform
 * ships only {@link LoggedVoterCodes}, the demo's stand-in; a deployment provides a bean of this
 * interface that talks to its gateway and sets {@code gridgov.registry.voters.code-sender} to
 * anything but {@code log}.
 */
public interface VoterCodeSender {

    /** Sends the code or throws; the caller then keeps no code, and the voter asks again. */
    void send(PhoneNumber phone, String code);
}
