package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.NotNull;

/** The leader (required) and deputy (optional), as household ids of active members. */
record LeadersForm(
        @NotNull(message = "{group.error.leader-required}") Long leaderHouseholdId,
        Long deputyHouseholdId) {
}
