package vn.vbsp.portal.loanimport.domain;

/** The file as a whole cannot be taken (not CSV/XLSX, not UTF-8, a missing column...): nothing is checked further. */
public class ImportRefused extends RuntimeException {

    private final Msg reason;

    public ImportRefused(String key, Object... args) {
        super(key);
        this.reason = Msg.of(key, args);
    }

    public Msg reason() {
        return reason;
    }
}
