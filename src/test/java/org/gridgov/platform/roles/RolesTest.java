package org.gridgov.platform.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void noRoleGivenMeansEveryService() {
        assertThat(Roles.parse(null).enabled()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
        assertThat(Roles.parse("all").enabled()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Roles roles = Roles.from(new String[] {"--roles=grid, intake"}, "dashboard");
        assertThat(roles.enabled()).containsExactlyInAnyOrder("grid", "intake");
        assertThat(roles.asProperties()).containsEntry("gridgov.roles.grid", "true")
                .containsEntry("gridgov.roles.dashboard", "false");
    }

    @Test
    void anUnknownRoleIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Roles.parse("grid,billing"))
                .hasMessageContaining("billing").hasMessageContaining("registry");
    }
}
