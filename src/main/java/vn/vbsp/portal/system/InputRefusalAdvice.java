package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.Temporal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A URL or form parameter that cannot be read (a date that is no date or lies outside 1900–2100, a word for a number). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class InputRefusalAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        boolean date = type != null && Temporal.class.isAssignableFrom(type);
        return BadInput.answer(request, date ? "system.error.date" : "system.error.parameter");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return BadInput.answer(request, "system.error.parameter");
    }
}
