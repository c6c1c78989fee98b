package vn.vbsp.portal.supervision;

import java.time.LocalDate;

/**
 * A group in the user's scope and its inspections this year at the user's level: a commune chapter inspects every
 * group and at least {@link Supervision#BORROWERS_PER_GROUP} borrowers in each.
 */
public record GroupDue(long groupId, String groupCode, String groupName, String communeName, String associationCode,
        int members, int inspections, int borrowersInspected, LocalDate lastInspectedOn) {

    public boolean done() {
        return inspections > 0 && borrowersInspected >= Math.min(members, Supervision.BORROWERS_PER_GROUP);
    }
}
