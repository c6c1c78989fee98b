package vn.vbsp.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that moves money takes each form once: the form carries a server-issued one-time token
 * ({@code ~{fragments/token :: submitToken}}, a hidden field named {@value #FIELD}), and a post whose token is missing,
 * unknown or already used is refused with a message before the handler runs. On a class, every POST handler of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SubmitOnce {

    /** The request parameter that carries the token. */
    String FIELD = "token";

    /**
     * When false, a post with no token at all is let through (for an upload CONTRACT.md lets scripts make with only
     * its fixed fields, and which is harmless twice), while a token that was already used is still refused.
     */
    boolean required() default true;
}
