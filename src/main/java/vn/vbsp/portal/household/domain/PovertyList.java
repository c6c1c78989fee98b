package vn.vbsp.portal.household.domain;

import java.util.List;

/** The lines of a poverty-review file, as text; {@code number} is the line in the file, the header being line 1. */
record PovertyList(List<Line> lines) {

    record Line(int number, String cccd, String name, String category, String year) {
    }
}
