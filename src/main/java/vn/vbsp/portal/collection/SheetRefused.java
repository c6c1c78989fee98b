package vn.vbsp.portal.collection;

import java.util.List;

/**
 * A batch refused as a whole: every wrong line with its reason (line 0 for what concerns the whole batch, such as a
 * closed day or a missing reason). Nothing was posted.
 */
public class SheetRefused extends RuntimeException {

    private final transient List<LineProblem> problems;

    public SheetRefused(List<LineProblem> problems) {
        super(problems.size() + " line(s) refused");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
