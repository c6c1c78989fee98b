package vn.vbsp.portal.household.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.vbsp.portal.shared.PovertyCategory;

/** A household as its page shows it: its details, its members and the groups it belongs (or belonged) to. */
public record HouseholdDetail(long id, String cccd, String headName, LocalDate birthDate, String sex, long villageId,
        String villageName, long communeId, String communeName, String address, String phone,
        PovertyCategory category, Integer reviewYear, OffsetDateTime createdAt, List<Member> members,
        List<Group> groups) {

    public record Member(long id, String fullName, String relation, Integer birthYear) {
    }

    /** A membership of a savings-and-loan group; {@code leftOn} is null while it lasts. */
    public record Group(long groupId, String code, String name, String associationCode, String associationName,
            String villageName, LocalDate joinedOn, LocalDate leftOn) {

        public boolean active() {
            return leftOn == null;
        }
    }

    HouseholdDetail with(List<Member> members, List<Group> groups) {
        return new HouseholdDetail(id, cccd, headName, birthDate, sex, villageId, villageName, communeId, communeName,
                address, phone, category, reviewYear, createdAt, members, groups);
    }
}
