package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.demo.OfficeModel.Commune;
import vn.vbsp.portal.demo.OfficeModel.Group;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.demo.OfficeModel.Network;

/** This year's capital plan per commune and programme, and this year's inspection plans with a few inspections. */
final class PlansBuilder {

    private static final List<String> PLANNED_PROGRAMMES = List.of("HN", "HCN", "HMTN", "GQVL", "NSVSMT", "HSSV");
    private static final List<String> MAIN_PROGRAMMES = List.of("HN", "HCN", "HMTN", "GQVL");
    private static final long TEN_MILLION = 10_000_000;
    private static final Weighted<String> RESULTS = Weighted.of("GOOD", 70).or("ISSUES", 25).or("SERIOUS", 5);

    private final Dice dice;
    private final Ids ids;
    private final Catalogue catalogue;
    private final LocalDate today;

    PlansBuilder(Dice dice, Ids ids, Catalogue catalogue, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** Each commune's plan exceeds what it has lent this year, split over the three sources of capital. */
    void capitalPlans(Network network, List<LoanPlan> loans, CopyBatch batch) {
        CopyRows rows = batch.table("capital_plan", "year", "commune_id", "programme_id", "source_id", "amount");
        Map<String, Long> lentThisYear = new HashMap<>();
        Map<String, Boolean> programmes = new LinkedHashMap<>();
        PLANNED_PROGRAMMES.forEach(code -> programmes.put(code, true));
        for (LoanPlan loan : loans) {
            if (loan.disbursedOn().getYear() == today.getYear()) {
                lentThisYear.merge(loan.household().commune().code() + ":" + loan.programme().code(),
                        loan.principal().dong(), Long::sum);
                programmes.put(loan.programme().code(), true);
            }
        }
        for (Commune commune : network.communes()) {
            for (String code : programmes.keySet()) {
                long lent = lentThisYear.getOrDefault(commune.code() + ":" + code, 0L);
                long floor = MAIN_PROGRAMMES.contains(code) ? 500_000_000 : 200_000_000;
                long plan = Math.max(floor, lent * dice.between(125, 160) / 100);
                long central = roundUp(plan * 55 / 100);
                long mobilised = roundUp(plan * 35 / 100);
                long local = roundUp(plan - central - mobilised);
                short programme = catalogue.programme(code).id();
                rows.add(today.getYear()).add(commune.id()).add(programme).add(catalogue.capitalSources().get("TRUNG_UONG"))
                        .add(central).end();
                rows.add(today.getYear()).add(commune.id()).add(programme).add(catalogue.capitalSources().get("HUY_DONG"))
                        .add(mobilised).end();
                if (local > 0) {
                    rows.add(today.getYear()).add(commune.id()).add(programme)
                            .add(catalogue.capitalSources().get("DIA_PHUONG")).add(local).end();
                }
            }
        }
    }

    private static long roundUp(long amount) {
        return Math.max(0, (amount + TEN_MILLION - 1) / TEN_MILLION * TEN_MILLION);
    }

    /**
     * The plans the rules ask for: every commune chapter inspects all its groups, the district chapter at least
     * 15 % of the groups in each commune, the office a sample; then the inspections done so far this year.
     */
    void inspections(Network network, List<Group> groups, List<String> inspectors, CopyBatch batch) {
        CopyRows planRows = batch.table("inspection_plan", "id", "year", "level", "association_id", "commune_id",
                "planned_groups", "planned_borrowers");
        CopyRows inspectionRows = batch.table("inspection", "plan_id", "level", "inspected_on", "group_id",
                "household_id", "inspector", "findings", "result", "recorded_by");
        int year = today.getYear();

        long officePlan = ids.next("inspection_plan");
        int officeGroups = groups.size() / 5;
        planRows.add(officePlan).add(year).add("OFFICE").addNull().addNull().add(officeGroups).add(officeGroups * 5L).end();

        Map<String, Long> districtPlans = new HashMap<>();
        Map<String, Long> communePlans = new HashMap<>();
        for (Map.Entry<String, OfficeModel.Chapter> district : network.districtChapters().entrySet()) {
            String association = district.getKey();
            int sample = 0;
            for (Commune commune : network.communes()) {
                long inCommune = groups.stream().filter(g -> g.commune() == commune && g.association().equals(association)).count();
                if (inCommune == 0) {
                    continue;
                }
                sample += (int) Math.ceil(inCommune * 0.15);
                long plan = ids.next("inspection_plan");
                communePlans.put(association + ":" + commune.code(), plan);
                planRows.add(plan).add(year).add("ASSOCIATION_COMMUNE").add(district.getValue().associationId())
                        .add(commune.id()).add(inCommune).add(inCommune * 5).end();
            }
            long plan = ids.next("inspection_plan");
            districtPlans.put(association, plan);
            planRows.add(plan).add(year).add("ASSOCIATION_DISTRICT").add(district.getValue().associationId()).addNull()
                    .add(sample).add(sample * 5L).end();
        }

        LocalDate first = LocalDate.of(year, 1, 2);
        LocalDate last = today.minusDays(1);
        if (last.isBefore(first)) {
            return;
        }
        for (int i = 0; i < 16; i++) {
            Group group = dice.pick(groups);
            Household borrower = dice.chance(0.5) ? dice.pick(group.members()) : null;
            String level = dice.pick("OFFICE", "ASSOCIATION_DISTRICT", "ASSOCIATION_COMMUNE");
            long plan;
            String inspector;
            switch (level) {
                case "OFFICE" -> {
                    plan = officePlan;
                    inspector = dice.pick(inspectors);
                }
                case "ASSOCIATION_DISTRICT" -> {
                    plan = districtPlans.get(group.association());
                    inspector = network.districtChapters().get(group.association()).chair();
                }
                default -> {
                    plan = communePlans.get(group.association() + ":" + group.commune().code());
                    inspector = group.chapter().chair();
                }
            }
            String result = RESULTS.draw(dice);
            inspectionRows.add(plan).add(level).add(dice.day(first, last)).add(group.id())
                    .add(borrower == null ? null : borrower.id()).add(inspector).add(findings(result, borrower != null))
                    .add(result).add(DemoDataLoader.MAKER).end();
        }
    }

    private static String findings(String result, boolean borrower) {
        return switch (result) {
            case "GOOD" -> borrower
                    ? "Hộ vay sử dụng vốn đúng mục đích, trả lãi đầy đủ, có hiệu quả."
                    : "Tổ sinh hoạt định kỳ, sổ sách ghi chép đầy đủ, thu lãi và tiền gửi đúng quy định.";
            case "ISSUES" -> borrower
                    ? "Hộ vay chậm trả lãi 1 kỳ; đã nhắc nhở và cam kết trả trong tháng."
                    : "Biên bản họp tổ chưa ghi đủ thành phần; đề nghị tổ trưởng bổ sung.";
            default -> borrower
                    ? "Hộ vay sử dụng vốn sai mục đích một phần; đề nghị thu hồi trước hạn phần vốn sai mục đích."
                    : "Tổ trưởng chậm nộp tiền lãi đã thu; đề nghị Hội xã kiểm điểm và xử lý.";
        };
    }
}
