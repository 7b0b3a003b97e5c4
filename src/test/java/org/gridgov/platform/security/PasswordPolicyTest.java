package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "short-9ch"})
    void passwordsUnderTenCharactersAreRefusedNamingTheField(String password) {
        assertThatThrownBy(() -> POLICY.check(password)).isInstanceOfSatisfying(Problem.class, p -> {
            org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(p.errors()).singleElement()
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("password"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "Password123", "1qaz2wsx3edc", "BASKETBALL"})
    void commonPasswordsOfTenOrMoreCharactersAreRefusedWhateverTheirCase(String password) {
        assertThatThrownBy(() -> POLICY.check(password)).isInstanceOf(Problem.class).hasMessageContaining("common");
    }

    @Test
    void anUncommonPasswordOfTenCharactersIsAccepted() {
        assertThatCode(() -> POLICY.check("沣水镇-网格-2026")).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("gridgov-demo")).doesNotThrowAnyException();
    }

    @Test
    void aPasswordOver128CharactersIsRefused() {
        assertThatThrownBy(() -> POLICY.check("x".repeat(129))).isInstanceOf(Problem.class);
    }
}
