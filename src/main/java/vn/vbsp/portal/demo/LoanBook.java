package vn.vbsp.portal.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.demo.Catalogue.Programme;
import vn.vbsp.portal.demo.LoanPlan.Risk;
import vn.vbsp.portal.demo.OfficeModel.Commune;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * Which loans the households took over the last five years: a main loan of the programme their category
 * calls for, for some an earlier loan of the same programme (mostly repaid by now) and a second programme
 * such as clean water or a student loan. Then a few risk events: extensions, and a flood that froze loans.
 */
final class LoanBook {

    static final int HISTORY_MONTHS = 60;
    private static final double EARLIER_LOAN = 0.13;
    private static final double SECOND_PROGRAMME = 0.20;
    private static final int EXTENDED_LOANS = 40;
    private static final int FROZEN_LOANS = 6;
    private static final int WRITTEN_OFF_LOANS = 2;

    private static final Weighted<String> DIRECT = Weighted.of("GQVL", 50).or("XKLD", 30).or("SXKD", 15).or("CHAPT", 5);
    private static final Map<String, Weighted<String>> MAIN = Map.of(
            "NGHEO", Weighted.of("HN", 90).or("NOHN", 5).or("GQVL", 5),
            "CAN_NGHEO", Weighted.of("HCN", 92).or("GQVL", 7).or("NODTTS", 1),
            "MOI_THOAT_NGHEO", Weighted.of("HMTN", 90).or("GQVL", 10),
            "KHAC", Weighted.of("GQVL", 45).or("SXKD", 25).or("NSVSMT", 15).or("XKLD", 10).or("CHAPT", 5));
    private static final Weighted<String> SECOND = Weighted.of("NSVSMT", 45).or("HSSV", 30).or("GQVL", 20).or("NOHN", 5);

    private static final Weighted<Integer> LONG_TERM = Weighted.of(36, 20).or(48, 15).or(60, 45).or(84, 10).or(120, 10);
    private static final Weighted<Integer> MID_TERM = Weighted.of(36, 30).or(48, 20).or(60, 50);
    private static final Weighted<Integer> INTERVAL = Weighted.of(12, 55).or(6, 35).or(3, 10);
    private static final Weighted<Integer> TENS_OF_MILLIONS = Weighted.of(3, 5).or(4, 10).or(5, 20).or(6, 15).or(7, 15)
            .or(8, 15).or(9, 8).or(10, 12);

    private static final Map<String, List<String>> PURPOSES = Map.ofEntries(
            Map.entry("HN", List.of("Chăn nuôi bò sinh sản", "Nuôi lợn thịt", "Trồng lạc và ngô", "Mua máy cày mini",
                    "Nuôi gà thả vườn", "Trồng rau màu")),
            Map.entry("HCN", List.of("Chăn nuôi bò sinh sản", "Nuôi lợn nái", "Trồng cam", "Mua máy gặt đập",
                    "Nuôi vịt đẻ")),
            Map.entry("HMTN", List.of("Mở rộng chăn nuôi bò", "Mở quán tạp hóa", "Trồng chè công nghiệp",
                    "Nuôi cá nước ngọt")),
            Map.entry("GQVL", List.of("Mở xưởng mộc dân dụng", "Mở rộng nghề mây tre đan", "Mở tiệm sửa chữa xe máy",
                    "Nuôi trồng thủy sản", "Mở cơ sở may mặc")),
            Map.entry("NSVSMT", List.of("Xây dựng công trình nước sạch", "Xây nhà tiêu hợp vệ sinh",
                    "Làm giếng khoan và bể lọc")),
            Map.entry("HSSV", List.of("Chi phí học đại học của con", "Chi phí học cao đẳng của con")),
            Map.entry("SXKD", List.of("Kinh doanh vật tư nông nghiệp", "Chăn nuôi lợn nái", "Mở lò gạch không nung")),
            Map.entry("XKLD", List.of("Chi phí đi làm việc tại Nhật Bản theo hợp đồng",
                    "Chi phí đi làm việc tại Đài Loan theo hợp đồng", "Chi phí đi làm việc tại Hàn Quốc theo hợp đồng")),
            Map.entry("CHAPT", List.of("Mở cơ sở sửa chữa điện tử", "Chăn nuôi dê")),
            Map.entry("NOHN", List.of("Xây dựng nhà ở")),
            Map.entry("NODTTS", List.of("Xây dựng nhà ở mới")));

    private final Dice dice;
    private final Catalogue catalogue;
    private final LocalDate today;

    LoanBook(Dice dice, Catalogue catalogue, LocalDate today) {
        this.dice = dice;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** The loans, oldest disbursement first. */
    List<LoanPlan> plan(List<Household> households, List<Commune> communes) {
        List<LoanPlan> plans = new ArrayList<>();
        for (Household household : households) {
            int oldest = oldestMonthsAgo(household);
            Programme main = catalogue.programme(mainProgramme(household));
            int latest = oldest;
            if (dice.chance(EARLIER_LOAN) && oldest >= 50) {
                int ago = dice.between(50, oldest);
                LoanPlan earlier = loan(household, main, ago, dice.pick(24, 36));
                plans.add(earlier);
                latest = (int) YearMonth.from(earlier.maturityOn()).until(YearMonth.from(today), ChronoUnit.MONTHS);
            }
            if (latest >= 1) {
                plans.add(loan(household, main, dice.between(1, latest), term(main)));
            }
            if (household.group() != null && dice.chance(SECOND_PROGRAMME)) {
                Programme second = catalogue.programme(SECOND.draw(dice));
                if (second.code().equals(main.code()) || !second.allows(household.category())) {
                    second = catalogue.programme(dice.pick("NSVSMT", "HSSV"));
                }
                plans.add(loan(household, second, dice.between(1, oldest), term(second)));
            }
        }
        plans.sort(Comparator.comparing(LoanPlan::disbursedOn));
        return withRisks(plans, communes);
    }

    /** How far back the household's first loan can go: five years, and after it joined its group. */
    private int oldestMonthsAgo(Household household) {
        if (household.joinedOn() == null) {
            return HISTORY_MONTHS;
        }
        long sinceJoining = YearMonth.from(household.joinedOn()).until(YearMonth.from(today), ChronoUnit.MONTHS) - 1;
        return (int) Math.min(HISTORY_MONTHS, sinceJoining);
    }

    private String mainProgramme(Household household) {
        String code = household.group() == null ? DIRECT.draw(dice) : MAIN.get(household.category()).draw(dice);
        return catalogue.programme(code).allows(household.category()) ? code : "GQVL";
    }

    private LoanPlan loan(Household household, Programme programme, int monthsAgo, int term) {
        LocalDate disbursed = RepaymentSchedule.onPointDay(YearMonth.from(today).minusMonths(monthsAgo),
                household.commune().pointDay());
        if (programme.maxTermMonths() != null) {
            term = Math.min(term, programme.maxTermMonths());
        }
        int interval = switch (programme.code()) {
            case "XKLD" -> dice.pick(3, 6);
            case "HSSV" -> dice.pick(6, 12);
            default -> term <= 24 ? dice.pick(6, 12) : INTERVAL.draw(dice);
        };
        return new LoanPlan(household, programme, amount(programme), disbursed, term, interval,
                dice.pick(PURPOSES.get(programme.code())), dice.seed(), Risk.NONE);
    }

    private int term(Programme programme) {
        return switch (programme.code()) {
            case "HMTN", "NSVSMT" -> MID_TERM.draw(dice);
            case "HSSV" -> dice.pick(60, 72, 84, 96);
            case "XKLD" -> dice.pick(24, 36);
            case "NOHN", "NODTTS" -> dice.pick(120, 180);
            default -> LONG_TERM.draw(dice);
        };
    }

    private Money amount(Programme programme) {
        long millions = switch (programme.code()) {
            case "NSVSMT" -> dice.between(10, 25);
            case "HSSV" -> dice.between(15, 50);
            case "XKLD" -> dice.between(50, 100);
            case "NOHN" -> dice.pick(20, 25);
            case "NODTTS" -> 40;
            default -> TENS_OF_MILLIONS.draw(dice) * 10L - (dice.chance(0.25) ? 5 : 0);
        };
        long amount = millions * 1_000_000;
        if (programme.ceiling() != null) {
            amount = Math.min(amount, programme.ceiling());
        }
        return Money.of(amount);
    }

    /** A flood in October two years ago froze some loans in one commune; a few other loans got an extension. */
    private List<LoanPlan> withRisks(List<LoanPlan> plans, List<Commune> communes) {
        Commune flooded = dice.pick(communes);
        LocalDate flood = RepaymentSchedule.onPointDay(YearMonth.of(today.getYear() - 2, 10), flooded.pointDay());
        LocalDate writeOff = RepaymentSchedule.pointDayAfter(flood, 12, flooded.pointDay());
        String reason = "Thiệt hại do lũ lụt tháng 10/" + flood.getYear();

        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            LoanPlan plan = plans.get(i);
            if (plan.household().commune().equals(flooded) && !plan.programme().code().equals("HSSV")
                    && plan.disbursedOn().isBefore(flood.minusMonths(3)) && plan.maturityOn().isAfter(writeOff)) {
                candidates.add(i);
            }
        }
        List<Integer> frozen = dice.shuffled(candidates).subList(0, Math.min(FROZEN_LOANS, candidates.size()));
        for (int n = 0; n < frozen.size(); n++) {
            boolean writtenOff = n < WRITTEN_OFF_LOANS && writeOff.isBefore(today);
            int i = frozen.get(n);
            plans.set(i, plans.get(i).with(new Risk(false, flood, reason, writtenOff ? writeOff : null)));
        }

        List<Integer> extendable = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            LoanPlan plan = plans.get(i);
            boolean twoDuesPassed = RepaymentSchedule.pointDayAfter(plan.disbursedOn(), plan.intervalMonths() * 2,
                    plan.pointDay()).isBefore(today);
            if (plan.risk() == Risk.NONE && plan.termMonths() >= plan.intervalMonths() * 3 && twoDuesPassed) {
                extendable.add(i);
            }
        }
        for (int i : dice.shuffled(extendable).subList(0, Math.min(EXTENDED_LOANS, extendable.size()))) {
            plans.set(i, plans.get(i).with(new Risk(true, null, null, null)));
        }
        return plans;
    }
}
