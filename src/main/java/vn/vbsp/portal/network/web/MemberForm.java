package vn.vbsp.portal.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.network.PointDuty;
import vn.vbsp.portal.network.domain.NetworkQuery.MemberView;

record MemberForm(
        @NotNull(message = "{network.error.duty-required}") PointDuty duty,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        Long version) {

    static MemberForm empty() {
        return new MemberForm(null, "", "", null);
    }

    static MemberForm of(MemberView member) {
        return new MemberForm(member.duty(), member.fullName(), member.position(), member.version());
    }
}
