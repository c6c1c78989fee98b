package vn.vbsp.portal.shared;

/**
 * A CSV or XLSX file that cannot be taken as a whole (not CSV/XLSX, not UTF-8, an open quote, too many rows...):
 * the reason is a message key of the {@code shared} bundle with its arguments.
 */
public class TableFileRefused extends RuntimeException {

    private final transient MessageKey reason;

    public TableFileRefused(String key, Object... args) {
        super(key);
        this.reason = MessageKey.of(key, args);
    }

    public MessageKey reason() {
        return reason;
    }
}
