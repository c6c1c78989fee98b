package vn.vbsp.portal.household.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * The yearly poverty review from the Labour office: preview a file, then apply it. Applying reads and checks the same
 * file again inside its transaction, and changes all households or none: a file with a wrong line is never applied.
 * CCCDs that no household has are listed but not created (a household needs a village, which the list lacks).
 */
@Service
public class PovertyReview {

    private static final int CHUNK = 1000;

    private final HouseholdRepository households;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PovertyReview(HouseholdRepository households, JdbcClient jdbc, AuditTrail audit) {
        this.households = households;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A household as the review compares it. */
    private record Current(long id, String cccd, String headName, PovertyCategory category, Integer reviewYear) {
    }

    /** A line that passed every check. */
    private record Entry(int line, String cccd, String name, PovertyCategory category, int year) {
    }

    private record Checked(List<Entry> entries, List<PovertyReviewPreview.Problem> problems) {
    }

    @Transactional(readOnly = true)
    public PovertyReviewPreview preview(byte[] content, String fileName) {
        PovertyList list = PovertyListReader.read(content, fileName);
        Checked checked = check(list);
        Map<String, Current> current = new HashMap<>();
        for (List<String> chunk : chunks(checked.entries())) {
            jdbc.sql("select id, cccd, head_name, category, review_year from household where cccd in (:cccds)")
                    .param("cccds", chunk)
                    .query(Current.class).list()
                    .forEach(h -> current.put(h.cccd(), h));
        }
        return compare(fileName, list.lines().size(), checked, current);
    }

    /** Applies the file, all or nothing; throws {@link PovertyListException} when any line is wrong. */
    @Transactional
    public PovertyReviewResult apply(byte[] content, String fileName) {
        PovertyList list = PovertyListReader.read(content, fileName);
        Checked checked = check(list);
        if (!checked.problems().isEmpty()) {
            throw new PovertyListException("household.review.error.has-problems",
                    String.valueOf(checked.problems().size()));
        }
        Map<String, Household> entities = new HashMap<>();
        for (List<String> chunk : chunks(checked.entries())) {
            households.findByCccdIn(chunk).forEach(h -> entities.put(h.getCccd(), h));
        }
        Map<String, Current> current = new HashMap<>();
        entities.values().forEach(h -> current.put(h.getCccd(),
                new Current(h.getId(), h.getCccd(), h.getHeadName(), h.getCategory(), h.getReviewYear())));
        PovertyReviewPreview preview = compare(fileName, list.lines().size(), checked, current);

        int yearUpdated = 0;
        for (Entry entry : checked.entries()) {
            Household household = entities.get(entry.cccd());
            if (household == null || (household.getCategory() == entry.category()
                    && Objects.equals(household.getReviewYear(), entry.year()))) {
                continue;
            }
            if (household.getCategory() == entry.category()) {
                yearUpdated++;
            }
            Map<String, Object> before = reviewView(household, fileName, entry.line());
            household.review(entry.category(), entry.year());
            audit.record("HOUSEHOLD_REVIEWED", HouseholdService.ENTITY, household.getId(), before,
                    reviewView(household, fileName, entry.line()));
        }
        households.flush();
        PovertyReviewResult result = new PovertyReviewResult(fileName, preview.changes().size(), yearUpdated,
                preview.unknown().size());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", fileName);
        summary.put("lines", list.lines().size());
        summary.put("categoryChanged", result.categoryChanged());
        summary.put("yearUpdated", result.yearUpdated());
        summary.put("unknownCccds", result.unknown());
        audit.record("POVERTY_REVIEW_APPLIED", "poverty_review", null, null, summary);
        return result;
    }

    private static Map<String, Object> reviewView(Household household, String fileName, int line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cccd", household.getCccd());
        view.put("category", household.getCategory().name());
        view.put("reviewYear", household.getReviewYear());
        view.put("source", fileName + ":" + line);
        return view;
    }

    private static Checked check(PovertyList list) {
        List<Entry> entries = new ArrayList<>();
        List<PovertyReviewPreview.Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (PovertyList.Line line : list.lines()) {
            int before = problems.size();
            String cccd = CccdRule.normalise(line.cccd());
            CccdRule.problem(cccd).ifPresent(key ->
                    problems.add(new PovertyReviewPreview.Problem(line.number(), line.cccd(), key, null)));
            if (problems.size() == before) {
                Integer first = firstLine.putIfAbsent(cccd, line.number());
                if (first != null) {
                    problems.add(new PovertyReviewPreview.Problem(line.number(), line.cccd(),
                            "household.review.problem.duplicate", String.valueOf(first)));
                }
            }
            Optional<PovertyCategory> category = PovertyCategory.parse(line.category());
            if (category.isEmpty()) {
                problems.add(new PovertyReviewPreview.Problem(line.number(), line.cccd(),
                        "household.review.problem.category", line.category()));
            }
            Integer year = year(line.year());
            if (year == null) {
                problems.add(new PovertyReviewPreview.Problem(line.number(), line.cccd(),
                        "household.review.problem.year", line.year()));
            }
            if (problems.size() == before) {
                entries.add(new Entry(line.number(), cccd, line.name(), category.get(), year));
            }
        }
        return new Checked(entries, problems);
    }

    private static Integer year(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(digits);
        return year >= 2000 && year <= 2100 ? year : null;
    }

    private static PovertyReviewPreview compare(String fileName, int lines, Checked checked,
            Map<String, Current> current) {
        List<PovertyReviewPreview.Change> changes = new ArrayList<>();
        List<PovertyReviewPreview.Unknown> unknown = new ArrayList<>();
        int yearOnly = 0;
        int unchanged = 0;
        for (Entry entry : checked.entries()) {
            Current household = current.get(entry.cccd());
            if (household == null) {
                unknown.add(new PovertyReviewPreview.Unknown(entry.line(), entry.cccd(), entry.name(),
                        entry.category(), entry.year()));
            } else if (household.category() != entry.category()) {
                boolean nameDiffers = !entry.name().isBlank()
                        && !VietnameseText.fold(entry.name()).equals(VietnameseText.fold(household.headName()));
                changes.add(new PovertyReviewPreview.Change(entry.line(), household.id(), entry.cccd(),
                        household.headName(), entry.name(), nameDiffers, household.category(), entry.category(),
                        household.reviewYear(), entry.year()));
            } else if (!Objects.equals(household.reviewYear(), entry.year())) {
                yearOnly++;
            } else {
                unchanged++;
            }
        }
        return new PovertyReviewPreview(fileName, lines, changes, yearOnly, unchanged, unknown, checked.problems());
    }

    private static List<List<String>> chunks(List<Entry> entries) {
        List<String> cccds = entries.stream().map(Entry::cccd).toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < cccds.size(); i += CHUNK) {
            chunks.add(cccds.subList(i, Math.min(cccds.size(), i + CHUNK)));
        }
        return chunks;
    }
}
