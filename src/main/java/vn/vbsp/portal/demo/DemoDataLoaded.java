package vn.vbsp.portal.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** Published once the demo office has been committed: as of which day, how long it took, rows per table. */
public record DemoDataLoaded(LocalDate asOf, Duration took, Map<String, Integer> rows) {
}
