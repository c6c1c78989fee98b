package vn.vbsp.portal.shared;

import java.util.List;

/** A message to show, as a key of a module's bundle and its arguments; resolved in the user's language. */
public record MessageKey(String key, List<Object> args) {

    public static MessageKey of(String key, Object... args) {
        return new MessageKey(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
