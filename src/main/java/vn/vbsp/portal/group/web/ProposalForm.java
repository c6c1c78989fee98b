package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.domain.RatingProposalService;

/** An association officer's proposal of the group's rating for a year, with the note that supports it. */
record ProposalForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull(message = "{group.error.rating-required}") GroupRating rating,
        @NotBlank(message = "{group.error.proposal-note-required}")
        @Size(max = RatingProposalService.MAX_TEXT, message = "{group.error.text-too-long}") String note) {
}
