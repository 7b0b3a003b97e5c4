package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkMethodTest {

    private static final YearMonth DECEMBER = YearMonth.of(2018, 12);

    @Test
    void theSixActivitiesAreZibosSixAndOnlyTheRankingIsComputed() {
        assertThat(Arrays.stream(WorkActivity.values()).map(WorkActivity::label)).containsExactly("调度", "督察", "排名", "通报", "宣传", "会诊");
        assertThat(Arrays.stream(WorkActivity.values()).filter(activity -> !activity.recordedHere())).containsExactly(WorkActivity.RANKING);
    }

    @Test
    void aNoticeIsOneOfTheThreeFormsAndOneOrderAndGoesToADistrict() {
        assertThat(record(WorkActivity.NOTICE, NoticeKind.ORDER, "370302", LocalDate.of(2018, 12, 5)).noticeKind().label()).isEqualTo("责令书");
        assertThatThrownBy(() -> record(WorkActivity.NOTICE, null, "370302", LocalDate.of(2018, 12, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(WorkActivity.NOTICE, NoticeKind.PROMPT, null, LocalDate.of(2018, 12, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(WorkActivity.PUBLICITY, NoticeKind.PROMPT, null, LocalDate.of(2018, 12, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRankingIsNeverRecordedAndARecordBelongsToItsMonth() {
        assertThatThrownBy(() -> record(WorkActivity.RANKING, null, null, LocalDate.of(2018, 12, 5))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> record(WorkActivity.SCHEDULING, null, null, LocalDate.of(2019, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-12");
    }

    private static WorkRecord record(WorkActivity activity, NoticeKind kind, String district, LocalDate heldOn) {
        return new WorkRecord(UUID.randomUUID(), DECEMBER, activity, kind, district, null, "title", "", heldOn);
    }
}
