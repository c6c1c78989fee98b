package vn.vbsp.portal.group.domain;

import java.io.Serializable;

/** A warning that did not stop a change (a message key and its argument), shown after the change. */
public record Notice(String key, Serializable arg) implements Serializable {
}
