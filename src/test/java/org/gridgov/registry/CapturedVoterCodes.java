package org.gridgov.registry;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.registry.app.LoggedVoterCodes;
import org.gridgov.registry.app.VoterCodeSender;
import org.gridgov.registry.domain.PhoneNumber;

/** The test suite's SMS gateway: it keeps the last code sent to each phone, for the test to "read". */
@Singleton
@Replaces(LoggedVoterCodes.class)
public class CapturedVoterCodes implements VoterCodeSender {

    private final Map<String, String> lastCode = new ConcurrentHashMap<>();

    @Override
    public void send(PhoneNumber phone, String code) {
        lastCode.put(phone.digits(), code);
    }

    public String lastCodeSentTo(String phone) {
        String code = lastCode.get(phone);
        if (code == null) {
            throw new AssertionError("no code was sent to " + phone);
        }
        return code;
    }
}
