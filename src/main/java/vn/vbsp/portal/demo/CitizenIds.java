package vn.vbsp.portal.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.vbsp.portal.shared.Cccd;

/**
 * Citizen ID numbers (CCCD) that follow the real layout: the province code, a digit for century and sex
 * (0/1 for men/women born in the 1900s, 2/3 in the 2000s), the last two digits of the birth year, then six
 * random digits. Every number handed out is new.
 */
final class CitizenIds {

    private final Dice dice;
    private final String province;
    private final Set<String> issued = new HashSet<>();

    CitizenIds(Dice dice, String province) {
        if (!Cccd.provinceCodes().contains(province)) {
            throw new IllegalArgumentException("unknown province code " + province);
        }
        this.dice = dice;
        this.province = province;
    }

    String issue(LocalDate birthDate, boolean male) {
        int year = birthDate.getYear();
        int century = year < 2000 ? 0 : 2;
        String head = province + (century + (male ? 0 : 1)) + String.format("%02d", year % 100);
        while (true) {
            String cccd = head + String.format("%06d", dice.between(0, 999_999));
            if (issued.add(cccd)) {
                return cccd;
            }
        }
    }
}
