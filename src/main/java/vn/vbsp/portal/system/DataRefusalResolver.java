package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last guard before a 500: input the database refuses as data (text longer than its column, a date or number out
 * of its range, a NUL character) is answered as bad input with a message, not as a failure of the system. It runs
 * after every module's own advice, so a module that answers such a refusal more precisely keeps doing so.
 */
@Component
class DataRefusalResolver implements HandlerExceptionResolver, Ordered {

    /** PostgreSQL's data exceptions that only a user's input causes. */
    private static final Map<String, String> MESSAGES = Map.of(
            "22001", "system.error.too-long",
            "22003", "system.error.number-range",
            "22007", "system.error.date",
            "22008", "system.error.date",
            "22021", "system.error.characters",
            "22P05", "system.error.characters");

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && MESSAGES.containsKey(sql.getSQLState())) {
                return BadInput.answer(request, MESSAGES.get(sql.getSQLState()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return 1; // after the handler-exception composite (0): modules' own advices first
    }
}
