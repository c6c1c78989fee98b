package vn.vbsp.portal.loanimport.domain;

import vn.vbsp.portal.shared.MessageKey;

/** The file as a whole cannot be taken (not CSV/XLSX, not UTF-8, a missing column...): nothing is checked further. */
public class ImportRefused extends RuntimeException {

    private final MessageKey reason;

    public ImportRefused(String key, Object... args) {
        super(key);
        this.reason = MessageKey.of(key, args);
    }

    public MessageKey reason() {
        return reason;
    }
}
