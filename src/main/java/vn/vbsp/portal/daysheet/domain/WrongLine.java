package vn.vbsp.portal.daysheet.domain;

import vn.vbsp.portal.shared.MessageKey;

/**
 * One thing wrong with a filled sheet, at its line in the file (the header being 1; 0 for the file or the day as a
 * whole). An argument may itself be a {@link MessageKey}, resolved in the same language.
 */
public record WrongLine(int line, String loanNo, MessageKey problem) {
}
