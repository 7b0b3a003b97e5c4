package org.gridgov.registry.app;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.registry.domain.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's SMS gateway: it writes the code to the log instead of a phone, so that a tester can
 * read it there. Never for a deployment with real voters.
 */
@Singleton
@Requires(property = "gridgov.registry.voters.code-sender", value = "log", defaultValue = "log")
public class LoggedVoterCodes implements VoterCodeSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedVoterCodes.class);

    @Override
    public void send(PhoneNumber phone, String code) {
        LOG.info("simulated SMS to {}: your gridgov voting code is {}", phone.masked(), code);
    }
}
