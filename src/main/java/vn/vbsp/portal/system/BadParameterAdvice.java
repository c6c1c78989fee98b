package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.vbsp.portal.shared.BadParameter;

/** A parameter a page cannot take answers 400 with what is wrong: plain text for a file, a page otherwise. */
@ControllerAdvice
class BadParameterAdvice {

    private final MessageSource messages;

    BadParameterAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadParameter.class)
    Object badParameter(BadParameter e, HttpServletRequest request) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        String uri = request.getRequestURI();
        if (uri.endsWith(".csv") || uri.endsWith(".xlsx") || uri.endsWith(".pdf")) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
        }
        ModelAndView page = new ModelAndView("system/bad-request");
        page.addObject("message", message);
        page.addObject("back", uri);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
