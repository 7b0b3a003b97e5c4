package org.gridgov.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;
import org.junit.jupiter.api.Test;

class StatsScopeTest {

    private static final AreaCode CITY = AreaCode.parse("370300", "370300").orElseThrow();
    private static final AreaCode FENGSHUI = AreaCode.parse("370303102", "370300").orElseThrow();
    private static final AreaCode FENGSHUI_GRID = AreaCode.parse("370303102001001", "370300").orElseThrow();
    private static final AreaCode OTHER_TOWNSHIP = AreaCode.parse("370303001", "370300").orElseThrow();

    @Test
    void aTownshipAccountSeesItsTownshipAndItsGridsButNothingElse() {
        Caller township = new Caller("township", Role.TOWNSHIP, List.of("370303102"));

        assertThat(StatsScope.departmentFilter(township, FENGSHUI)).isNull();
        assertThat(StatsScope.departmentFilter(township, FENGSHUI_GRID)).isNull();
        assertForbidden(() -> StatsScope.departmentFilter(township, OTHER_TOWNSHIP));
        assertForbidden(() -> StatsScope.departmentFilter(township, CITY));
    }

    @Test
    void aDispatcherSeesOnlyItsDepartmentsFiguresAnywhere() {
        Caller dispatcher = new Caller("dispatcher", Role.DISPATCHER, List.of("CGJ"));

        assertThat(StatsScope.departmentFilter(dispatcher, CITY)).isEqualTo("CGJ");
        assertThat(StatsScope.departmentFilter(dispatcher, FENGSHUI_GRID)).isEqualTo("CGJ");
    }

    @Test
    void reformOfficeAndAdminSeeEverythingAndWorkersNothing() {
        assertThat(StatsScope.departmentFilter(new Caller("reform", Role.REFORM_OFFICE, List.of()), CITY)).isNull();
        assertThat(StatsScope.departmentFilter(new Caller("admin", Role.ADMIN, List.of()), OTHER_TOWNSHIP)).isNull();
        assertForbidden(() -> StatsScope.departmentFilter(new Caller("worker", Role.WORKER, List.of("370303102001001")), FENGSHUI_GRID));
        assertForbidden(() -> StatsScope.mayReadRankings(new Caller("worker", Role.WORKER, List.of())));
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED));
    }
}
