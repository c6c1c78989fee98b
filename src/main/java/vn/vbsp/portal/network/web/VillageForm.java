package vn.vbsp.portal.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record VillageForm(@NotBlank @Size(max = 200) String name, Long version) {

    static VillageForm empty() {
        return new VillageForm("", null);
    }
}
