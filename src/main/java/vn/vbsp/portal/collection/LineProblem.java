package vn.vbsp.portal.collection;

/** Why one line of a batch is refused: a message key of the collection bundle and its arguments. */
public record LineProblem(int line, String loanNo, String messageKey, Object... arguments) {
}
