package vn.vbsp.portal.report.web;

/** A report URL with a parameter the report cannot take: answered 400 with the message of {@code messageKey}. */
class BadReportRequest extends RuntimeException {

    private final String messageKey;

    BadReportRequest(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
