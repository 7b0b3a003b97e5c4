package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JwtSecretCheckTest {

    @Test
    void outsideTheDemoAndTheTestsTheDevelopmentSecretIsRefused() {
        assertThat(JwtSecretCheck.refusal(JwtSecretCheck.DEVELOPMENT_SECRET, false)).isPresent();
        assertThat(JwtSecretCheck.refusal("", false)).isPresent();
        assertThat(JwtSecretCheck.refusal(null, false)).isPresent();
    }

    @Test
    void aSecretUnder256BitsIsRefused() {
        assertThat(JwtSecretCheck.refusal("a".repeat(31), false)).hasValueSatisfying(
                reason -> assertThat(reason).contains("256 bits"));
    }

    @Test
    void aLongRandomSecretIsAccepted() {
        assertThat(JwtSecretCheck.refusal("q8N1vX0kT3mZ7pL2sR9wY4cB6dF5gH1jK0aE8uI3oP7", false)).isEmpty();
    }

    @Test
    void theDemoAndTheTestsMayUseTheDevelopmentSecret() {
        assertThat(JwtSecretCheck.refusal(JwtSecretCheck.DEVELOPMENT_SECRET, true)).isEmpty();
    }
}
