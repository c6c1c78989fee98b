package vn.vbsp.portal.network;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a point's team can hold a transaction day: at least {@value PointDuty#MINIMUM_TEAM} people, among them a
 * leader, a controller and a teller.
 */
public record TeamCheck(int size, Set<PointDuty> missing) {

    public static TeamCheck of(Collection<PointDuty> duties) {
        Set<PointDuty> missing = EnumSet.copyOf(PointDuty.REQUIRED);
        missing.removeAll(duties);
        return new TeamCheck(duties.size(), Set.copyOf(missing));
    }

    public int minimum() {
        return PointDuty.MINIMUM_TEAM;
    }

    public boolean tooSmall() {
        return size < PointDuty.MINIMUM_TEAM;
    }

    public boolean complete() {
        return !tooSmall() && missing.isEmpty();
    }

    /** The missing duties in the order the enum lists them, for display. */
    public List<PointDuty> missingInOrder() {
        return PointDuty.REQUIRED.stream().filter(missing::contains).toList();
    }
}
