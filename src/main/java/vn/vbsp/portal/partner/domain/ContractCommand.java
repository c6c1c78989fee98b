package vn.vbsp.portal.partner.domain;

import java.time.LocalDate;

/** What an entrustment contract says: its number, when it was signed and ends, the tasks entrusted. */
public record ContractCommand(String contractNo, LocalDate signedOn, LocalDate endsOn, String tasks) {
}
