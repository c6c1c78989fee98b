package vn.vbsp.portal.loanimport.domain;

import java.util.List;

/** A message to show, as a key of the {@code loanimport} bundle and its arguments; resolved in the user's language. */
public record Msg(String key, List<Object> args) {

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
