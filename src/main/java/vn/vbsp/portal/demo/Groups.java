package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.demo.OfficeModel.Commune;
import vn.vbsp.portal.demo.OfficeModel.Group;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.demo.OfficeModel.Network;
import vn.vbsp.portal.demo.OfficeModel.Village;
import vn.vbsp.portal.loan.RepaymentSchedule;

/**
 * The savings-and-loan groups: planned first (where, under which chapter, how big), written once their
 * member households exist, with leaders, memberships, yearly ratings and the members' monthly savings.
 */
final class Groups {

    /** Groups per organisation in the district, the split one published district report gives. */
    static final Map<String, Integer> PER_ASSOCIATION = perAssociation();

    private static final Weighted<String> RATINGS = Weighted.of("TOT", 55).or("KHA", 35).or("TRUNG_BINH", 8).or("YEU", 2);
    private static final Weighted<Long> MONTHLY_SAVINGS = Weighted.of(50_000L, 30).or(100_000L, 40).or(150_000L, 15)
            .or(200_000L, 15);

    private static Map<String, Integer> perAssociation() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("HND", 64);
        counts.put("HPN", 62);
        counts.put("CCB", 20);
        counts.put("DTN", 12);
        return Collections.unmodifiableMap(counts);
    }

    private final Dice dice;
    private final Ids ids;
    private final LocalDate today;

    Groups(Dice dice, Ids ids, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.today = today;
    }

    List<Group> plan(Network network) {
        List<Commune> communes = network.communes();
        Map<Commune, List<String>> perCommune = new LinkedHashMap<>();
        communes.forEach(c -> perCommune.put(c, new ArrayList<>()));
        PER_ASSOCIATION.forEach((association, total) -> {
            List<Commune> order = dice.shuffled(communes);
            for (int i = 0; i < order.size(); i++) {
                int count = total / communes.size() + (i < total % communes.size() ? 1 : 0);
                for (int n = 0; n < count; n++) {
                    perCommune.get(order.get(i)).add(association);
                }
            }
        });

        List<Group> groups = new ArrayList<>();
        perCommune.forEach((commune, associations) -> {
            List<Village> villages = dice.shuffled(commune.villages());
            Map<Village, Integer> inVillage = new HashMap<>();
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < associations.size(); i++) {
                String association = associations.get(i);
                Village village = villages.get(i % villages.size());
                int sameVillage = inVillage.merge(village, 1, Integer::sum);
                int number = numbers.merge(association, 1, Integer::sum);
                String place = Character.toLowerCase(village.name().charAt(0)) + village.name().substring(1);
                String name = "Tổ TK&VV " + place + (sameVillage > 1 ? " số " + sameVillage : "");
                LocalDate founded = dice.day(LocalDate.of(today.getYear() - 22, 1, 1), LocalDate.of(today.getYear() - 6, 12, 31));
                groups.add(new Group(ids.next("savings_group"),
                        String.format("T-%s-%s-%02d", commune.code(), association, number), name,
                        network.communeChapter(association, commune), commune, village, founded, dice.between(20, 54)));
            }
        });
        return groups;
    }

    void write(List<Group> groups, CopyBatch batch) {
        CopyRows groupRows = batch.table("savings_group", "id", "code", "name", "chapter_id", "association_id",
                "village_id", "leader_household_id", "deputy_household_id", "founded_on");
        CopyRows memberRows = batch.table("group_member", "group_id", "association_id", "household_id", "joined_on");
        CopyRows ratingRows = batch.table("group_rating", "group_id", "year", "rating", "rated_on", "note");
        CopyRows accountRows = batch.table("savings_account", "id", "household_id", "group_id", "opened_on");
        CopyRows savingRows = batch.table("savings_txn", "account_id", "business_date", "kind", "amount", "d_balance",
                "posted_by");

        for (Group group : groups) {
            List<Household> leaders = dice.shuffled(group.members()).subList(0, 2);
            groupRows.add(group.id()).add(group.code()).add(group.name()).add(group.chapter().id())
                    .add(group.associationId()).add(group.village().id()).add(leaders.get(0).id())
                    .add(leaders.get(1).id()).add(group.foundedOn()).end();
            for (int year = today.getYear() - 3; year < today.getYear(); year++) {
                if (group.foundedOn().getYear() < year) {
                    String rating = RATINGS.draw(dice);
                    ratingRows.add(group.id()).add(year).add(rating).add(LocalDate.of(year, 12, dice.between(10, 28)))
                            .add(rating.equals("YEU") ? "Sinh hoạt tổ không đều, thu lãi chưa đầy đủ" : null).end();
                }
            }
            for (Household member : group.members()) {
                memberRows.add(group.id()).add(group.associationId()).add(member.id()).add(member.joinedOn()).end();
                long account = ids.next("savings_account");
                accountRows.add(account).add(member.id()).add(group.id()).add(member.joinedOn()).end();
                savings(savingRows, account, group.commune().pointDay(), member.joinedOn());
            }
        }
    }

    /** A deposit at each of the last twelve monthly meetings, now and then one missed. */
    private void savings(CopyRows rows, long account, int pointDay, LocalDate joinedOn) {
        long monthly = MONTHLY_SAVINGS.draw(dice);
        for (int back = 12; back >= 0; back--) {
            LocalDate day = RepaymentSchedule.onPointDay(YearMonth.from(today).minusMonths(back), pointDay);
            if (day.isBefore(today) && !day.isBefore(joinedOn) && !dice.chance(0.08)) {
                rows.add(account).add(day).add("DEPOSIT").add(monthly).add(monthly).add(DemoDataLoader.POSTED_BY).end();
            }
        }
    }
}
