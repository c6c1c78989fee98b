package vn.vbsp.portal.collection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.collection.CollectionDesk;
import vn.vbsp.portal.collection.CollectionPosted;
import vn.vbsp.portal.collection.DayEntry;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.collection.LinePayment;
import vn.vbsp.portal.collection.LineProblem;
import vn.vbsp.portal.collection.PostingOutcome;
import vn.vbsp.portal.collection.SheetRefused;
import vn.vbsp.portal.loan.LoanCounter;
import vn.vbsp.portal.loan.LoanDue;
import vn.vbsp.portal.loan.LoanDues;
import vn.vbsp.portal.loan.PaymentRefused;
import vn.vbsp.portal.savings.SavingsBook;
import vn.vbsp.portal.savings.SavingsPostings;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.RuleViolation;
import vn.vbsp.portal.user.UserScope;

/**
 * The transaction day's sheets and their posting. A batch is checked whole, every wrong line collected, then posted
 * in one transaction through the loan module's and the savings module's services, or refused with nothing written.
 * The same batch (by its source) posts once; a line for a loan already posted that day posts nothing when its
 * figures are the same and is wrong when they differ.
 */
@Service
public class CollectionService implements CollectionDesk {

    private static final int MAX_REASON = 500;

    private final DayQuery query;
    private final DayStore store;
    private final SheetReader reader;
    private final LoanDues dues;
    private final LoanCounter counter;
    private final SavingsBook savingsBook;
    private final SavingsPostings savings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Formats fmt;
    private final Clock clock;
    private final PostingGate gate;

    CollectionService(DayQuery query, DayStore store, SheetReader reader, LoanDues dues, LoanCounter counter,
            SavingsBook savingsBook, SavingsPostings savings, AuditTrail audit, ApplicationEventPublisher events,
            Formats fmt, Clock clock, PostingGate gate) {
        this.query = query;
        this.store = store;
        this.reader = reader;
        this.dues = dues;
        this.counter = counter;
        this.savingsBook = savingsBook;
        this.savings = savings;
        this.audit = audit;
        this.events = events;
        this.fmt = fmt;
        this.clock = clock;
        this.gate = gate;
    }

    @Override
    @Transactional(readOnly = true)
    public DaySheets sheets(String communeCode, LocalDate date, UserScope scope) {
        Point point = point(communeCode);
        return reader.read(point, date, scope);
    }

    /** The commune's point; an unknown commune (or one without a point) is answered like a missing page. */
    public Point point(String communeCode) {
        return query.point(communeCode).orElseThrow(() -> new DayNotFoundException(communeCode));
    }

    /** A loan's id by its number. */
    @Transactional(readOnly = true)
    public Optional<Long> loanId(String loanNo) {
        return query.loanId(loanNo);
    }

    /** The transaction day of the commune's point on {@code date}, when it has a row. */
    @Transactional(readOnly = true)
    public Optional<Long> dayIdFor(long communeId, LocalDate date) {
        return query.dayIdFor(communeId, date);
    }

    /** The day's row, when anything was posted or closed on it. */
    @Transactional(readOnly = true)
    public Optional<DayRow> day(Point point, LocalDate date) {
        return query.day(point.pointId(), date);
    }

    /** Posts the batch in a transaction of its own, once a turn is free ({@link PostingGate}). */
    @Override
    public PostingOutcome post(DayEntry entry, String by) throws SheetRefused {
        return gate.inTurn(() -> posted(entry, by));
    }

    private PostingOutcome posted(DayEntry entry, String by) {
        Point point = query.point(entry.communeCode()).orElseThrow(() -> refused(0, "collection.error.unknown-commune"));
        LocalDate date = entry.date();
        String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        checkDay(point, date, reason);
        List<LinePayment> lines = entry.lines().stream().filter(l -> !Checked.empty(l)).toList();
        String source = sourceKey(entry.source());

        DayRow day = store.openShared(point.pointId(), date, reason);
        if (day.closed()) {
            throw refused(0, "collection.error.day-closed", fmt.date(date));
        }
        if (source != null) {
            Optional<PostingOutcome> done = store.posting(day.id(), source);
            if (done.isPresent()) {
                return done.get();
            }
        }
        List<LineProblem> problems = new ArrayList<>();
        Map<String, DayStore.Target> targets = store.targets(lines.stream().map(LinePayment::loanNo)
                .filter(n -> n != null).toList(), date);
        Set<Long> groups = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (LinePayment line : lines) {
            if (line.loanNo() == null || !seen.add(line.loanNo())) {
                problems.add(new LineProblem(line.line(), line.loanNo(),
                        line.loanNo() == null ? "collection.error.no-loan" : "collection.error.duplicate-line",
                        line.loanNo()));
                continue;
            }
            DayStore.Target target = targets.get(line.loanNo());
            if (target != null && target.communeId() == point.communeId()) {
                groups.add(target.groupId());
            }
        }
        // lock the sheets, then look again: a second teller posting the same sheet waits here for the first
        Map<Long, Long> sheets = store.lockSheets(day.id(), groups);
        if (source != null) {
            Optional<PostingOutcome> done = store.posting(day.id(), source);
            if (done.isPresent()) {
                return done.get();
            }
        }
        List<Long> loanIds = targets.values().stream().map(DayStore.Target::loanId).toList();
        Map<Long, LoanDue> owed = dues.asOf(loanIds, date);
        Map<Long, DayStore.Posted> posted = store.postedLines(day.id(), loanIds);
        // a member's savings are read only for a withdrawal, the one movement they bound
        Function<DayStore.Target, Money> saved = t -> savingsBook.balance(t.householdId(), t.groupId(), date);

        LineRules rules = new LineRules(point.communeId(), fmt);
        List<Checked> toPost = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        for (LinePayment line : lines) {
            if (line.loanNo() == null || !counted.add(line.loanNo())) {
                continue;
            }
            DayStore.Target target = targets.get(line.loanNo());
            DayStore.Posted already = target == null ? null : posted.get(target.loanId());
            if (already != null) {
                // posted earlier that day: the same figures again post nothing, other figures are a wrong line
                if (!Checked.sameAs(line, already)) {
                    problems.add(new LineProblem(line.line(), line.loanNo(), "collection.error.already-posted",
                            line.loanNo()));
                }
                continue;
            }
            Checked checked = rules.check(line, target, target == null ? null : owed.get(target.loanId()), saved,
                    problems);
            if (checked != null) {
                toPost.add(checked);
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetRefused(problems);
        }
        return write(point, day, date, source, toPost, sheets, by);
    }

    private PostingOutcome write(Point point, DayRow day, LocalDate date, String source, List<Checked> lines,
            Map<Long, Long> sheets, String by) {
        if (lines.isEmpty()) {
            return new PostingOutcome(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, true);
        }
        Money interest = Money.ZERO;
        Money principal = Money.ZERO;
        Money deposits = Money.ZERO;
        Money withdrawals = Money.ZERO;
        Set<Long> touched = new HashSet<>();
        for (Checked line : lines) {
            touched.add(sheets.get(line.target().groupId()));
            interest = interest.plus(line.interest());
            principal = principal.plus(line.principal());
            deposits = deposits.plus(line.deposit());
            withdrawals = withdrawals.plus(line.withdrawal());
        }
        PostingOutcome outcome = new PostingOutcome(lines.size(), interest, principal, deposits, withdrawals, false);
        long postingId = store.insertPosting(day.id(), source == null ? "LINES:" + UUID.randomUUID() : source,
                outcome, by);
        String tokens = "CP" + postingId + ":";
        Map<Long, LoanCounter.Collected> paid;
        try {
            paid = counter.collectAll(date, lines.stream()
                    .filter(l -> l.interest().isPositive() || l.principal().isPositive())
                    .map(l -> new LoanCounter.Payment(l.target().loanId(), l.interest(), l.principal(),
                            tokens + l.target().loanId()))
                    .toList(), by);
        } catch (PaymentRefused e) {
            // the loan rules refused it after all: nothing of the batch stays (the exception rolls back)
            Checked line = lines.stream().filter(l -> l.target().loanId() == e.loanId()).findFirst().orElseThrow();
            throw refusedAt(line, e.why());
        }
        List<SavingsPostings.Movement> movements = new ArrayList<>();
        Map<String, Checked> byKey = new HashMap<>();
        for (Checked line : lines) {
            String token = tokens + line.target().loanId();
            if (line.deposit().isPositive()) {
                movements.add(new SavingsPostings.Movement(line.target().householdId(), line.target().groupId(), true,
                        line.deposit(), token + ":D"));
                byKey.put(token + ":D", line);
            }
            if (line.withdrawal().isPositive()) {
                movements.add(new SavingsPostings.Movement(line.target().householdId(), line.target().groupId(),
                        false, line.withdrawal(), token + ":W"));
                byKey.put(token + ":W", line);
            }
        }
        Map<String, Long> saved;
        try {
            saved = savings.postAll(date, movements, by);
        } catch (SavingsPostings.MovementRefused e) {
            throw refusedAt(byKey.get(e.key()), e);
        }
        List<DayStore.PostedLine> written = new ArrayList<>();
        for (Checked line : lines) {
            String token = tokens + line.target().loanId();
            LoanCounter.Collected loan = paid.getOrDefault(line.target().loanId(), new LoanCounter.Collected(null, null));
            written.add(new DayStore.PostedLine(sheets.get(line.target().groupId()), line, loan.interestTxnId(),
                    loan.principalTxnId(), saved.get(token + ":D"), saved.get(token + ":W")));
        }
        store.insertLines(day.id(), postingId, written, by);
        store.sheetsPosted(touched, by);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("commune", point.communeCode());
        after.put("date", date.toString());
        after.put("lines", outcome.linesPosted());
        after.put("interest", interest.dong());
        after.put("principal", principal.dong());
        after.put("deposits", deposits.dong());
        after.put("withdrawals", withdrawals.dong());
        audit.recordAs(by, "COLLECTION_POSTED", "transaction_day", day.id(), null, after);
        events.publishEvent(new CollectionPosted(day.id(), point.communeCode(), date, outcome.linesPosted(), interest,
                principal, deposits, withdrawals));
        return outcome;
    }

    private static SheetRefused refusedAt(Checked line, RuleViolation why) {
        return new SheetRefused(List.of(new LineProblem(line.payment().line(), line.payment().loanNo(),
                why.messageKey(), why.arguments())));
    }

    /** The day takes postings: a date, not in the future, the point's fixed day or a make-up day with a reason. */
    private void checkDay(Point point, LocalDate date, String reason) {
        if (date == null) {
            throw refused(0, "collection.error.no-date");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw refused(0, "collection.error.future-date", fmt.date(date));
        }
        if (!point.fixedDay(date) && reason == null) {
            throw refused(0, "collection.error.reason-required", fmt.date(date), point.dayOfMonth());
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw refused(0, "collection.error.reason-too-long", MAX_REASON);
        }
    }

    /** The batch's source as stored: itself when short, else its SHA-256 (a file's content hash may be long). */
    static String sourceKey(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String key = source.strip();
        if (key.length() <= 100) {
            return key;
        }
        try {
            return "SHA256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SheetRefused refused(int line, String key, Object... args) {
        return new SheetRefused(List.of(new LineProblem(line, null, key, args)));
    }
}
