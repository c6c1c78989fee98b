package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CccdTests {

    @ParameterizedTest
    @ValueSource(strings = {"001090012345", "079301234567", "096000000001"})
    void twelveDigitsWithAKnownProvinceAreACitizenId(String value) {
        assertThat(Cccd.isTwelveDigits(value)).isTrue();
        assertThat(Cccd.hasKnownProvince(value)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00109001234", "0010900123456", "00109001234a", "001 09001234", "１２３４５６７８９０１２"})
    void anythingButTwelveAsciiDigitsIsRefused(String value) {
        assertThat(Cccd.isTwelveDigits(value)).isFalse();
        assertThat(Cccd.hasKnownProvince(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"003090012345", "099090012345", "000090012345"})
    void aProvinceCodeThatWasNeverIssuedIsNotKnown(String value) {
        assertThat(Cccd.isTwelveDigits(value)).isTrue();
        assertThat(Cccd.hasKnownProvince(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "079", "096"})
    void theProvinceListHoldsTheCodesOnTheCards(String code) {
        assertThat(Cccd.provinceCodes()).contains(code).hasSize(63);
    }
}
