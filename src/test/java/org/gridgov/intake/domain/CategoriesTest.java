package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void theShippedTableHasEveryCategoryWithItsDepartmentAndTimeLimit() {
        Categories categories = Reports.categories();
        assertThat(categories.all()).hasSize(32);
        assertThat(categories.find("0304")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("井盖缺损");
            assertThat(c.defaultDepartment()).isEqualTo("SWJ");
            assertThat(c.timeLimit()).isEqualTo(2);
            assertThat(c.limitUnit()).isEqualTo("working_hour");
            assertThat(c.urgent()).isTrue();
        });
        assertThat(categories.find("0000")).isEmpty();
    }

    @Test
    void aMalformedLineFailsLoudly() {
        String csv = "code,major,name,name_en,time_limit,limit_unit,default_department,urgent\n12,x,y\n";
        assertThatThrownBy(() -> Categories.parse(new StringReader(csv))).hasMessageContaining("line 2");
    }
}
