package vn.vbsp.portal.group.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.ProposalStatus;
import vn.vbsp.portal.user.UserScope;

/**
 * An association officer proposes a group's rating for a year; the DIRECTOR confirms it, which rates the group through
 * {@link GroupService#rate} (the one place that writes a year's rating), or rejects it with a reason. One proposal per
 * group and year waits at a time: a second is refused until the first is decided. Every step lands in the audit log.
 */
@Service
public class RatingProposalService {

    /** The longest note or reason, as the columns hold them. */
    public static final int MAX_TEXT = 300;

    static final String ONE_PENDING = "group_rating_proposal_one_pending";

    private final RatingProposalRepository proposals;
    private final GroupQuery query;
    private final GroupService groups;
    private final AuditTrail audit;
    private final Clock clock;

    RatingProposalService(RatingProposalRepository proposals, GroupQuery query, GroupService groups, AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.query = query;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the proposal of a group within the officer's scope (another group is not found); returns its id. */
    @Transactional
    public long propose(long groupId, int year, GroupRating rating, String note, UserScope scope, String username) {
        query.detail(groupId, scope).orElseThrow(() -> new GroupNotFoundException("group " + groupId));
        if (rating == null) {
            throw new GroupException("rating", "group.error.rating-required");
        }
        if (year > LocalDate.now(clock).getYear()) {
            throw new GroupException("year", "group.error.year-in-future");
        }
        String text = required(note, "note", "group.error.proposal-note-required");
        if (proposals.existsByGroupIdAndYearAndStatus(groupId, year, ProposalStatus.PENDING)) {
            throw new GroupException("year", "group.error.proposal-pending", String.valueOf(year));
        }
        RatingProposal proposal = new RatingProposal(groupId, year, rating, text, username, clock.instant());
        try {
            proposals.saveAndFlush(proposal);
        } catch (DataIntegrityViolationException e) {
            if (GroupService.causedBy(e, ONE_PENDING)) {
                throw new GroupException("year", "group.error.proposal-pending", String.valueOf(year));
            }
            throw e;
        }
        audit.record("GROUP_RATING_PROPOSED", "group_rating_proposal", proposal.getId(), null, proposal.auditView());
        return proposal.getId();
    }

    /**
     * The DIRECTOR confirms a waiting proposal: the group is rated for that year as proposed, today, with the officer's
     * note, replacing a rating the year already had. Returns whether it replaced one.
     */
    @Transactional
    public boolean confirm(long groupId, long proposalId, String username) {
        RatingProposal proposal = waiting(groupId, proposalId, username);
        Map<String, Object> before = proposal.auditView();
        boolean replaced = groups.rate(groupId, proposal.getYear(), proposal.getRating(), null, proposal.getNote());
        proposal.decide(ProposalStatus.CONFIRMED, username, clock.instant(), null);
        proposals.flush();
        audit.record("GROUP_RATING_PROPOSAL_CONFIRMED", "group_rating_proposal", proposalId, before, proposal.auditView());
        return replaced;
    }

    /** The DIRECTOR rejects a waiting proposal, saying why; the year's rating stays as it was. */
    @Transactional
    public void reject(long groupId, long proposalId, String reason, String username) {
        String text = required(reason, "reason", "group.error.proposal-reason-required");
        RatingProposal proposal = waiting(groupId, proposalId, username);
        Map<String, Object> before = proposal.auditView();
        proposal.decide(ProposalStatus.REJECTED, username, clock.instant(), text);
        proposals.flush();
        audit.record("GROUP_RATING_PROPOSAL_REJECTED", "group_rating_proposal", proposalId, before, proposal.auditView());
    }

    private RatingProposal waiting(long groupId, long proposalId, String username) {
        RatingProposal proposal = proposals.findByIdAndGroupId(proposalId, groupId)
                .orElseThrow(() -> new GroupNotFoundException("rating proposal " + proposalId));
        if (!proposal.isPending()) {
            throw new GroupException(null, "group.error.proposal-decided");
        }
        if (proposal.getProposedBy().equals(username)) {
            throw new GroupException(null, "group.error.proposal-own");
        }
        return proposal;
    }

    private static String required(String text, String field, String messageKey) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new GroupException(field, messageKey);
        }
        if (clean.length() > MAX_TEXT) {
            throw new GroupException(field, "group.error.text-too-long");
        }
        return clean;
    }
}
