package vn.vbsp.portal.group.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.partner.ChapterDirectory;
import vn.vbsp.portal.partner.ChapterSummary;

/**
 * Founding groups, their members, leader and deputy, and yearly ratings. Each method is one use case in one
 * transaction: a refused change throws {@link GroupException} and saves nothing; a change that goes through lands in
 * the audit log and may come back with warnings.
 */
@Service
public class GroupService {

    /** A group has 5 to 60 member households; outside that range a change is allowed but warned about. */
    public static final int MIN_MEMBERS = 5;
    public static final int MAX_MEMBERS = 60;

    static final String ONE_GROUP_PER_ASSOCIATION = "group_member_one_per_association";

    private final SavingsGroupRepository groups;
    private final GroupMemberRepository members;
    private final YearRatingRepository ratings;
    private final GroupFacts facts;
    private final ChapterDirectory chapters;
    private final AuditTrail audit;
    private final Clock clock;

    GroupService(SavingsGroupRepository groups, GroupMemberRepository members, YearRatingRepository ratings,
            GroupFacts facts, ChapterDirectory chapters, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.ratings = ratings;
        this.facts = facts;
        this.chapters = chapters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(NewGroup command) {
        ChapterSummary chapter = command.chapterId() == null ? null : chapters.find(command.chapterId()).orElse(null);
        if (chapter == null) {
            throw new GroupException("chapterId", "group.error.chapter-required");
        }
        if (!chapter.isCommuneLevel()) {
            throw new GroupException("chapterId", "group.error.chapter-not-commune");
        }
        if (command.villageId() == null) {
            throw new GroupException("villageId", "group.error.village-required");
        }
        GroupFacts.Village village = facts.village(command.villageId()).filter(GroupFacts.Village::active)
                .orElseThrow(() -> new GroupException("villageId", "group.error.village-required"));
        if (village.communeId() != chapter.communeId()) {
            throw new GroupException("villageId", "group.error.village-other-commune", chapter.communeName());
        }
        String code = command.code().strip().toUpperCase(Locale.ROOT);
        if (groups.existsByCodeIgnoreCase(code)) {
            throw new GroupException("code", "group.error.code-taken");
        }
        notInFuture(command.foundedOn(), "foundedOn");
        SavingsGroup group = new SavingsGroup(code, command.name().strip(), chapter.id(), chapter.associationId(),
                village.id(), command.foundedOn());
        try {
            groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException e) {
            if (causedBy(e, "savings_group_code_key")) {
                throw new GroupException("code", "group.error.code-taken");
            }
            throw e;
        }
        audit.record("GROUP_CREATED", "savings_group", group.getId(), null, group.auditView());
        return group.getId();
    }

    /**
     * Adds a household to the group. Refused: a household already active in this group, or in another group of the
     * same organisation, or living in another commune. Warned: a household of another village of the same commune,
     * and a group that ends up with fewer than 5 or more than 60 members.
     */
    @Transactional
    public List<Notice> addMember(long groupId, long householdId, LocalDate joinedOn) {
        SavingsGroup group = group(groupId);
        GroupFacts.Household household = facts.household(householdId)
                .orElseThrow(() -> new GroupException("householdId", "group.error.household-not-found"));
        if (members.existsByGroupIdAndHouseholdIdAndLeftOnIsNull(groupId, householdId)) {
            throw new GroupException("householdId", "group.error.already-member", household.headName());
        }
        var elsewhere = members.findByHouseholdIdAndAssociationIdAndLeftOnIsNull(householdId, group.getAssociationId());
        if (elsewhere.isPresent()) {
            throw new GroupException("householdId", "group.error.member-of-other-group",
                    facts.groupCode(elsewhere.get().getGroupId()));
        }
        GroupFacts.Village village = facts.village(group.getVillageId()).orElseThrow();
        if (household.communeId() != village.communeId()) {
            throw new GroupException("householdId", "group.error.other-commune", household.communeName());
        }
        LocalDate joined = joinedOn == null ? today() : joinedOn;
        notInFuture(joined, "joinedOn");

        GroupMember member = saveMembership(new GroupMember(groupId, group.getAssociationId(), householdId, joined));
        audit.record("GROUP_MEMBER_ADDED", "group_member", member.getId(), null, member.auditView());

        List<Notice> notices = new ArrayList<>();
        if (household.villageId() != village.id()) {
            notices.add(new Notice("group.warning.other-village", household.villageName()));
        }
        sizeNotice(groupId).ifPresent(notices::add);
        return notices;
    }

    /** Writes a membership; the database's one-group-per-organisation index has the last word when two clerks race. */
    GroupMember saveMembership(GroupMember member) {
        try {
            return members.saveAndFlush(member);
        } catch (DataIntegrityViolationException e) {
            if (causedBy(e, ONE_GROUP_PER_ASSOCIATION)) {
                throw new GroupException("householdId", "group.error.member-of-same-association");
            }
            throw e;
        }
    }

    /**
     * A member leaves on a date (the row stays, with left_on set). The leader cannot leave until another leader is
     * appointed; a deputy who leaves stops being deputy, with a warning.
     */
    @Transactional
    public List<Notice> removeMember(long groupId, long memberId, LocalDate leftOn) {
        SavingsGroup group = group(groupId);
        GroupMember member = members.findByIdAndGroupId(memberId, groupId)
                .orElseThrow(() -> new GroupNotFoundException("member " + memberId));
        if (!member.isActive()) {
            throw new GroupException("memberId", "group.error.already-left");
        }
        LocalDate left = leftOn == null ? today() : leftOn;
        notInFuture(left, "leftOn");
        if (left.isBefore(member.getJoinedOn())) {
            throw new GroupException("leftOn", "group.error.left-before-joined");
        }
        if (group.isLeader(member.getHouseholdId())) {
            throw new GroupException("memberId", "group.error.leader-cannot-leave");
        }
        List<Notice> notices = new ArrayList<>();
        if (group.isDeputy(member.getHouseholdId())) {
            Map<String, Object> before = group.auditView();
            group.appointLeaders(group.getLeaderHouseholdId(), null);
            audit.record("GROUP_LEADERS_SET", "savings_group", groupId, before, group.auditView());
            notices.add(new Notice("group.warning.deputy-cleared", null));
        }
        Map<String, Object> before = member.auditView();
        member.leave(left);
        members.flush();
        audit.record("GROUP_MEMBER_LEFT", "group_member", memberId, before, member.auditView());
        sizeNotice(groupId).ifPresent(notices::add);
        return notices;
    }

    /** Appoints the leader (required) and the deputy (optional), both among the active members, never the same household. */
    @Transactional
    public void setLeaders(long groupId, Long leaderHouseholdId, Long deputyHouseholdId) {
        SavingsGroup group = group(groupId);
        if (leaderHouseholdId == null) {
            throw new GroupException("leaderHouseholdId", "group.error.leader-required");
        }
        if (!members.existsByGroupIdAndHouseholdIdAndLeftOnIsNull(groupId, leaderHouseholdId)) {
            throw new GroupException("leaderHouseholdId", "group.error.leader-not-member");
        }
        if (deputyHouseholdId != null) {
            if (deputyHouseholdId.equals(leaderHouseholdId)) {
                throw new GroupException("deputyHouseholdId", "group.error.leader-is-deputy");
            }
            if (!members.existsByGroupIdAndHouseholdIdAndLeftOnIsNull(groupId, deputyHouseholdId)) {
                throw new GroupException("deputyHouseholdId", "group.error.deputy-not-member");
            }
        }
        Map<String, Object> before = group.auditView();
        group.appointLeaders(leaderHouseholdId, deputyHouseholdId);
        groups.flush();
        audit.record("GROUP_LEADERS_SET", "savings_group", groupId, before, group.auditView());
    }

    /** Rates the group for a year; a year already rated is replaced. Returns whether it replaced an earlier rating. */
    @Transactional
    public boolean rate(long groupId, int year, GroupRating rating, LocalDate ratedOn, String note) {
        group(groupId);
        LocalDate on = ratedOn == null ? today() : ratedOn;
        if (year > today().getYear()) {
            throw new GroupException("year", "group.error.year-in-future");
        }
        notInFuture(on, "ratedOn");
        if (on.getYear() < year) {
            throw new GroupException("ratedOn", "group.error.rated-before-year", String.valueOf(year));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        var existing = ratings.findByGroupIdAndYear(groupId, year);
        YearRating entry = existing.orElseGet(() -> new YearRating(groupId, year));
        Map<String, Object> before = existing.map(YearRating::auditView).orElse(null);
        entry.set(rating, on, cleanNote);
        try {
            ratings.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            if (causedBy(e, "group_rating_group_id_year_key")) {
                throw new GroupException("year", "group.error.rating-conflict");
            }
            throw e;
        }
        audit.record(existing.isPresent() ? "GROUP_RATING_REPLACED" : "GROUP_RATED", "group_rating", entry.getId(),
                before, entry.auditView());
        return existing.isPresent();
    }

    private Optional<Notice> sizeNotice(long groupId) {
        long count = members.countByGroupIdAndLeftOnIsNull(groupId);
        if (count < MIN_MEMBERS) {
            return Optional.of(new Notice("group.warning.too-few", count));
        }
        if (count > MAX_MEMBERS) {
            return Optional.of(new Notice("group.warning.too-many", count));
        }
        return Optional.empty();
    }

    private SavingsGroup group(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new GroupNotFoundException("group " + groupId));
    }

    private void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(today())) {
            throw new GroupException(field, "group.error.date-in-future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean causedBy(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
