package vn.vbsp.portal.household.domain;

import java.util.Optional;
import vn.vbsp.portal.shared.Cccd;

/** What is wrong with a CCCD as typed or listed, as a message key; the form and the poverty-review import share it. */
public final class CccdRule {

    private CccdRule() {
    }

    /** Spaces and dots that people type to group the digits are not part of the number. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.]", "");
    }

    public static Optional<String> problem(String cccd) {
        if (cccd == null || cccd.isEmpty()) {
            return Optional.of("household.error.cccd-missing");
        }
        if (!cccd.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("household.error.cccd-letters");
        }
        if (!Cccd.isTwelveDigits(cccd)) {
            return Optional.of("household.error.cccd-length");
        }
        if (!Cccd.hasKnownProvince(cccd)) {
            return Optional.of("household.error.cccd-province");
        }
        return Optional.empty();
    }
}
