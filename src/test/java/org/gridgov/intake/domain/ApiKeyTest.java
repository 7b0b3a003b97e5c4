package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    @Test
    void anIssuedKeyIsRandomAndOnlyItsHashIdentifiesIt() {
        SecureRandom random = new SecureRandom();
        ApiKey first = ApiKey.issue(random);
        ApiKey second = ApiKey.issue(random);
        assertThat(first.plaintext()).isNotEqualTo(second.plaintext()).hasSizeGreaterThan(40);
        assertThat(first.hash()).isEqualTo(ApiKey.hashOf(first.plaintext())).matches("[0-9a-f]{64}");
        assertThat(first.toString()).doesNotContain(first.plaintext());
    }
}
