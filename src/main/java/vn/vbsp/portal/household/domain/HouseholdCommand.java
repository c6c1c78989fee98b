package vn.vbsp.portal.household.domain;

import java.time.LocalDate;
import java.util.List;
import vn.vbsp.portal.shared.PovertyCategory;

/**
 * A household as a form hands it over: already checked for format, values trimmed. {@code version} is the version
 * the user started editing from (null when registering).
 */
public record HouseholdCommand(String cccd, String headName, LocalDate birthDate, String sex, long villageId,
        String address, String phone, PovertyCategory category, Integer reviewYear, List<Member> members,
        Long version) {

    public HouseholdCommand {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A member; {@code id} is null for one added in this edit. */
    public record Member(Long id, String fullName, String relation, Integer birthYear) {
    }
}
