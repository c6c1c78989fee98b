package vn.vbsp.portal.collection.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A group's sheet as posted from the day page: the server-issued token (the same form sent twice posts once), the
 * make-up day's reason, and one line per loan not yet posted, in the sheet's order. {@code fill} asks, without
 * posting, to fill a line ({@code 1}, {@code 2}, …) or the whole group ({@code all}) with what is due.
 */
public class SheetForm {

    private String token;
    private String reason;
    private String fill;
    private List<LineForm> lines = new ArrayList<>();

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFill() {
        return fill;
    }

    public void setFill(String fill) {
        this.fill = fill;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public void setLines(List<LineForm> lines) {
        this.lines = lines;
    }
}
