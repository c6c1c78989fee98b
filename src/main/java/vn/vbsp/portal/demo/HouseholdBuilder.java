package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vbsp.portal.demo.OfficeModel.Commune;
import vn.vbsp.portal.demo.OfficeModel.Group;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.demo.OfficeModel.Network;
import vn.vbsp.portal.demo.OfficeModel.Village;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * The borrower households: the members of each planned group, living in the group's village, and a few in
 * every commune who borrow directly. Heads look like their organisation's members: women in the Women's
 * Union, older men among the veterans, young people in the Youth Union.
 */
final class HouseholdBuilder {

    /** Households in a commune that borrow directly, without a group (about 3 % of all). */
    private static final int DIRECT_MIN = 10;
    private static final int DIRECT_MAX = 16;

    private static final Weighted<String> CATEGORIES = Weighted.of("NGHEO", 28).or("CAN_NGHEO", 32)
            .or("MOI_THOAT_NGHEO", 22).or("KHAC", 18);

    private final Dice dice;
    private final Ids ids;
    private final LocalDate today;
    private final VietnameseNames names;
    private final CitizenIds citizenIds;
    private CopyRows householdRows;
    private CopyRows memberRows;

    HouseholdBuilder(Dice dice, Ids ids, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.today = today;
        this.names = new VietnameseNames(dice);
        this.citizenIds = new CitizenIds(dice, "040");
    }

    List<Household> build(Network network, List<Group> groups, CopyBatch batch) {
        householdRows = batch.table("household", "id", "cccd", "head_name", "search_name", "birth_date", "sex",
                "village_id", "address", "phone", "category", "review_year");
        memberRows = batch.table("household_member", "household_id", "full_name", "relation", "birth_year");

        List<Household> households = new ArrayList<>();
        for (Group group : groups) {
            for (int i = 0; i < group.plannedSize(); i++) {
                Household household = household(group.commune(), group.village(), group);
                group.members().add(household);
                households.add(household);
            }
        }
        for (Commune commune : network.communes()) {
            int direct = dice.between(DIRECT_MIN, DIRECT_MAX);
            for (int i = 0; i < direct; i++) {
                households.add(household(commune, dice.pick(commune.villages()), null));
            }
        }
        return households;
    }

    private Household household(Commune commune, Village village, Group group) {
        String association = group == null ? "" : group.association();
        boolean male = dice.chance(switch (association) {
            case "HPN" -> 0.08;
            case "CCB" -> 0.95;
            case "DTN" -> 0.6;
            case "HND" -> 0.72;
            default -> 0.65;
        });
        int age = switch (association) {
            case "HPN" -> dice.between(25, 62);
            case "CCB" -> dice.between(55, 78);
            case "DTN" -> dice.between(22, 35);
            case "HND" -> dice.between(28, 70);
            default -> dice.between(22, 60);
        };
        LocalDate birth = today.minusYears(age).minusDays(dice.between(0, 364));
        String name = names.fullName(male);
        String category = CATEGORIES.draw(dice);
        Household household = new Household(ids.next("household"), name, male, birth, commune, village, category,
                group, group == null ? null : joinedOn(group));

        householdRows.add(household.id()).add(citizenIds.issue(birth, male)).add(name).add(VietnameseText.fold(name))
                .add(birth).add(male ? "M" : "F").add(village.id())
                .add(village.name() + ", xã " + commune.name() + ", huyện " + NetworkBuilder.DISTRICT + ", tỉnh "
                        + NetworkBuilder.PROVINCE)
                .add(dice.chance(0.75) ? NetworkBuilder.phone(dice) : null).add(category)
                .add(today.getYear() - (dice.chance(0.8) ? 1 : 2)).end();
        members(household);
        return household;
    }

    /** Most members joined long ago; some joined in the last five years, none in the last two months. */
    private LocalDate joinedOn(Group group) {
        LocalDate fiveYearsAgo = today.minusYears(5);
        LocalDate latest = today.minusMonths(2);
        if (group.foundedOn().isBefore(fiveYearsAgo) && dice.chance(0.65)) {
            return dice.day(group.foundedOn(), fiveYearsAgo);
        }
        LocalDate earliest = group.foundedOn().isAfter(fiveYearsAgo) ? group.foundedOn() : fiveYearsAgo;
        return dice.day(earliest, latest);
    }

    private void members(Household head) {
        int headYear = head.birthDate().getYear();
        String headFamily = VietnameseNames.familyOf(head.headName());
        String fatherFamily = headFamily;
        if (today.getYear() - headYear >= 24 && dice.chance(0.85)) {
            String spouse = names.fullName(!head.male());
            if (!head.male()) {
                fatherFamily = VietnameseNames.familyOf(spouse);
            }
            member(head, spouse, head.male() ? "Vợ" : "Chồng", headYear + dice.between(-5, 5));
        }
        int children = dice.between(0, 3);
        for (int i = 0; i < children; i++) {
            int year = headYear + dice.between(20, 38);
            if (year < today.getYear()) {
                boolean son = dice.chance(0.5);
                member(head, names.withFamily(fatherFamily, son), "Con", year);
            }
        }
        if (dice.chance(0.08) && headYear - 22 >= 1925) {
            member(head, names.fullName(false), "Mẹ", headYear - dice.between(20, 30));
        }
    }

    private void member(Household head, String name, String relation, int birthYear) {
        memberRows.add(head.id()).add(name).add(relation).add(Math.min(birthYear, today.getYear())).end();
    }
}
