package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+84 912", "-1+2", "@SUM(A1)", "\tTab", "\rCR"})
    void aTextThatAReaderWouldTakeForAFormulaIsWrittenAsText(String name) {
        assertThat(SpreadsheetCells.neutralise(name)).isEqualTo("'" + name);
        assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(name))).isEqualTo(name);
    }

    @Test
    void ordinaryNamesAndCodesAreLeftAlone() {
        assertThat(SpreadsheetCells.neutralise("Nguyễn Thị Hồng")).isEqualTo("Nguyễn Thị Hồng");
        assertThat(SpreadsheetCells.restore("'quoted by the user")).isEqualTo("'quoted by the user");
        assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(SpreadsheetCells.csv("Lê, Văn \"Tý\"")).isEqualTo("\"Lê, Văn \"\"Tý\"\"\"");
        assertThat(SpreadsheetCells.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.csvField("1250000")).isEqualTo("1250000");
    }
}
