package vn.vbsp.portal.desk.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;
import vn.vbsp.portal.desk.domain.BoardFigures;
import vn.vbsp.portal.desk.domain.ChartSvg;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.shared.Formats;

/**
 * The dashboard's four charts from one set of figures, twice: as Chart.js data for the page (read by
 * {@code /js/dashboard.js} from a data attribute) and as SVG for the print view and the PDF.
 */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Series(String title, String kind, List<String> labels, List<Number> values, List<String> texts) {
    }

    private final Map<String, Series> series = new LinkedHashMap<>();

    DashboardCharts(BoardFigures f, Formats fmt, MessageSource messages) {
        String millions = text(messages, "report.millions");
        series.put("trend", new Series(text(messages, "desk.board.chart.trend"), "line",
                f.trend().stream().map(p -> p.quarter().label()).toList(),
                f.trend().stream().map(p -> (Number) p.overdueRatio()).toList(),
                f.trend().stream().map(p -> fmt.percent(p.overdueRatio())).toList()));
        List<BoardFigures.Share> shares = f.byAssociation().stream().filter(s -> s.percent() != null).toList();
        series.put("associations", new Series(text(messages, "desk.board.chart.associations"), "doughnut",
                shares.stream().map(s -> s.row().name()).toList(),
                shares.stream().map(s -> (Number) s.percent()).toList(),
                shares.stream().map(s -> fmt.percent(s.percent())).toList()));
        series.put("communes", rows(text(messages, "desk.board.chart.communes"), f.byCommune().rows(), fmt, millions));
        series.put("programmes", rows(text(messages, "desk.board.chart.programmes"), f.byProgramme().rows(), fmt, millions));
    }

    private static Series rows(String title, List<PortfolioRow> rows, Formats fmt, String millions) {
        return new Series(title, "bar", rows.stream().map(PortfolioRow::name).toList(),
                rows.stream().map(r -> (Number) millionsOf(r.outstanding())).toList(),
                rows.stream().map(r -> fmt.millions(r.outstanding()) + " " + millions).toList());
    }

    private static long millionsOf(long dong) {
        return Math.round(dong / 1_000_000.0);
    }

    /** Chart.js data for the page: {@code {"trend": {...}, ...}}. */
    String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        series.forEach((key, s) -> data.put(key, Map.of("title", s.title(), "kind", s.kind(), "labels", s.labels(),
                "values", s.values())));
        return JSON.writeValueAsString(data);
    }

    /** The same charts as SVG markup, by the same keys. */
    Map<String, String> svg() {
        Map<String, String> svg = new LinkedHashMap<>();
        series.forEach((key, s) -> svg.put(key, "trend".equals(key)
                ? ChartSvg.columns(s.title(), bars(s, v -> v.multiply(BigDecimal.valueOf(100)).longValue()))
                : ChartSvg.bars(s.title(), bars(s, BigDecimal::longValue))));
        return svg;
    }

    private static List<ChartSvg.Bar> bars(Series s, Function<BigDecimal, Long> length) {
        return java.util.stream.IntStream.range(0, s.labels().size())
                .mapToObj(i -> new ChartSvg.Bar(s.labels().get(i), length.apply(new BigDecimal(s.values().get(i).toString())),
                        s.texts().get(i)))
                .toList();
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
