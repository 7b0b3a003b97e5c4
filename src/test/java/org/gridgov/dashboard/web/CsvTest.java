package org.gridgov.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void exportsStartWithAByteOrderMarkAndQuoteWhatNeedsQuoting() {
        byte[] body = new Csv().row(List.of("名称", "备注")).row(Arrays.asList("沣水镇", "a,\"b\"")).row(Arrays.asList(null, 3))
                .response("x.csv").body();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,备注\r\n沣水镇,\"a,\"\"b\"\"\"\r\n,3\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
        String text = new String(new Csv().row(List.of("=HYPERLINK(\"x\")", "-12.5")).response("x.csv").body(), StandardCharsets.UTF_8);

        assertThat(text).contains("'=HYPERLINK").contains(",-12.5");
    }
}
