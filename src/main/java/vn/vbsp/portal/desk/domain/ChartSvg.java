package vn.vbsp.portal.desk.domain;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's charts drawn on the server as SVG, from the same figures as the page: for the print view and the
 * PDF, where no JavaScript runs. Plain shapes and text only, so that any SVG renderer draws them alike.
 */
public final class ChartSvg {

    /** One bar: its label, its length (any unit, compared with the others) and the text written after it. */
    public record Bar(String label, long value, String text) {
    }

    private static final String[] COLOURS = {"#1d5fa8", "#2e8b57", "#c8811a", "#8a3fa0", "#b03a48", "#4a7f8c"};
    private static final int WIDTH = 680;
    private static final int LABEL = 190;
    private static final int ROW = 22;

    private ChartSvg() {
    }

    /** Horizontal bars, one row each, longest value the full width. */
    public static String bars(String title, List<Bar> bars) {
        int height = 28 + bars.size() * ROW + 6;
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(0, b.value())).max().orElse(1));
        int room = WIDTH - LABEL - 150;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 28 + i * ROW;
            int length = (int) Math.round(room * (double) Math.max(0, bar.value()) / max);
            svg.append(text(LABEL - 6, y + 15, "end", bar.label()));
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(length, 1))
                    .append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\"/>");
            svg.append(text(LABEL + length + 6, y + 15, "start", bar.text()));
        }
        return svg.append("</svg>").toString();
    }

    /** Columns side by side (a trend over time), the value written above each, the label below. */
    public static String columns(String title, List<Bar> columns) {
        int height = 220;
        int top = 40;
        int bottom = height - 30;
        long max = Math.max(1, columns.stream().mapToLong(b -> Math.max(0, b.value())).max().orElse(1));
        int step = columns.isEmpty() ? WIDTH : (WIDTH - 40) / columns.size();
        StringBuilder svg = open(title, height);
        svg.append("<line x1=\"20\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 20).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#888\" stroke-width=\"1\"/>");
        for (int i = 0; i < columns.size(); i++) {
            Bar column = columns.get(i);
            int h = (int) Math.round((bottom - top) * (double) Math.max(0, column.value()) / max);
            int x = 20 + i * step + step / 4;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(bottom - h).append("\" width=\"").append(step / 2)
                    .append("\" height=\"").append(Math.max(h, 1)).append("\" fill=\"").append(COLOURS[0]).append("\"/>");
            svg.append(text(x + step / 4, bottom - h - 5, "middle", column.text()));
            svg.append(text(x + step / 4, bottom + 16, "middle", column.label()));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        svg.append(text(0, 16, "start", title).replace("<text ", "<text font-weight=\"bold\" "));
        return svg;
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\">" + escape(content) + "</text>";
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "'");
    }
}
