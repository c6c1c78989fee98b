package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+84 912|'+84 912",
            "-1+2|'-1+2",
            "@SUM(A1)|'@SUM(A1)",
            "Nguyễn Văn An|Nguyễn Văn An",
            "Tổ 1 = tốt|Tổ 1 = tốt",
    })
    void aCellThatASpreadsheetWouldRunIsWrittenAsText(String typed, String written) {
        assertThat(SpreadsheetCells.safe(typed)).isEqualTo(written);
    }
}
