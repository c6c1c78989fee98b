package vn.vbsp.portal.household.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.household.domain.CccdRule;
import vn.vbsp.portal.household.domain.HouseholdCommand;
import vn.vbsp.portal.shared.Formats;

/**
 * The register/edit form, as typed: the CCCD and the date of birth stay text so that a wrong value is shown again
 * exactly as entered, with its message. Dates are written dd/MM/yyyy.
 */
record HouseholdForm(
        @NotBlank @Size(max = 200) String headName,
        String cccd,
        String birthDate,
        String sex,
        @NotNull Long villageId,
        @Size(max = 300) String address,
        String phone,
        @NotNull PovertyCategory category,
        @Min(2000) @Max(2100) Integer reviewYear,
        List<@Valid MemberForm> members,
        Long version) {

    HouseholdForm {
        members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }

    static HouseholdForm empty() {
        return new HouseholdForm("", "", "", "", null, "", "", null, null, List.of(), null);
    }

    static HouseholdForm of(HouseholdCommand c) {
        return new HouseholdForm(c.headName(), c.cccd(), c.birthDate() == null ? "" : Formats.DATE.format(c.birthDate()),
                c.sex() == null ? "" : c.sex(), c.villageId(), nullToEmpty(c.address()), nullToEmpty(c.phone()),
                c.category(), c.reviewYear(),
                c.members().stream().map(m -> new MemberForm(m.id(), m.fullName(), m.relation(), m.birthYear())).toList(),
                c.version());
    }

    HouseholdForm withMembers(List<MemberForm> members) {
        return new HouseholdForm(headName, cccd, birthDate, sex, villageId, address, phone, category, reviewYear,
                members, version);
    }

    /** The members worth keeping: a row left entirely empty is ignored. */
    List<MemberForm> filledMembers() {
        return members.stream().filter(m -> m != null && !m.isEmpty()).toList();
    }

    /** Only called once the validator found nothing wrong. */
    HouseholdCommand command(LocalDate parsedBirthDate) {
        return new HouseholdCommand(CccdRule.normalise(cccd), headName.strip().replaceAll("\\s+", " "),
                parsedBirthDate, sex == null || sex.isBlank() ? null : sex, villageId, emptyToNull(address),
                emptyToNull(phone == null ? null : HouseholdFormValidator.normalisePhone(phone)), category, reviewYear,
                filledMembers().stream()
                        .map(m -> new HouseholdCommand.Member(m.id(), m.fullName().strip(), m.relation().strip(),
                                m.birthYear()))
                        .toList(),
                version);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A member row; {@code id} is set for a member already saved. */
    record MemberForm(Long id, @Size(max = 200) String fullName, @Size(max = 50) String relation,
            @Min(1900) @Max(2100) Integer birthYear) {

        static MemberForm blank() {
            return new MemberForm(null, "", "", null);
        }

        boolean isEmpty() {
            return (fullName == null || fullName.isBlank()) && (relation == null || relation.isBlank())
                    && birthYear == null;
        }
    }
}
