package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.group.domain.RatingProposalService;

/** The DIRECTOR's reason for rejecting a rating proposal. */
record DecisionForm(
        @NotBlank(message = "{group.error.proposal-reason-required}")
        @Size(max = RatingProposalService.MAX_TEXT, message = "{group.error.text-too-long}") String reason) {
}
