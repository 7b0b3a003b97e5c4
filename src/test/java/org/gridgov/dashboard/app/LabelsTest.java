package org.gridgov.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void codesGetTheirChineseNamesAndUnknownCodesStayCodes() {
        assertThat(labels.area("370303102")).isEqualTo("沣水镇");
        assertThat(labels.area("370300")).isEqualTo("淄博市");
        assertThat(labels.category("0102")).isEqualTo("市容环境/暴露垃圾");
        assertThat(labels.department("CGJ")).isEqualTo("城市管理局");
        assertThat(labels.department("370303102-CGZD")).isEqualTo("沣水镇城管中队");
        assertThat(labels.department("")).isEqualTo("未派遣");
        assertThat(labels.area("370399999")).isEqualTo("370399999");
    }

    @Test
    void townshipsAreTheCitysEightyEight() {
        assertThat(labels.townships()).hasSize(88).allSatisfy(t -> assertThat(t.code()).hasSize(9));
    }
}
