package vn.vbsp.portal.loanimport.domain;

import java.util.List;
import vn.vbsp.portal.shared.MessageKey;

/** A wrong row: its line in the file and every reason it is wrong. */
public record Problem(int line, List<MessageKey> reasons) {
}
