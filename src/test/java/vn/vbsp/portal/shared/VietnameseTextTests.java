package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldsDiacriticsCaseAndSpacesSoASearchFindsANameTypedWithoutThem() {
        assertThat(VietnameseText.fold("  Nguyễn   Văn Đức ")).isEqualTo("nguyen van duc");
        assertThat(VietnameseText.fold("ĐẶNG THỊ HƯỜNG")).isEqualTo("dang thi huong");
        assertThat(VietnameseText.fold("Nguye\u0302\u0303n")).isEqualTo(VietnameseText.fold("Nguyễn"));
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void sortsNamesInVietnameseOrder() {
        List<String> names = new ArrayList<>(List.of("Đào", "Dương", "Bình", "Ân", "An"));
        names.sort(VietnameseText.collator());
        assertThat(names.indexOf("Dương")).isLessThan(names.indexOf("Đào"));
        assertThat(names.indexOf("An")).isLessThan(names.indexOf("Bình"));
        assertThat(names.indexOf("Ân")).isLessThan(names.indexOf("Bình"));
    }
}
