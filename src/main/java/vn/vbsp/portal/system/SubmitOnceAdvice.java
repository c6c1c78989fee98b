package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form posted a second time (409) or without its token (400) is answered with a page saying so, and a link back
 * to the page the form was on; a data endpoint gets the message as JSON.
 */
@ControllerAdvice
class SubmitOnceAdvice {

    private final MessageSource messages;

    SubmitOnceAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubmitOnceGuard.SubmitRefused.class)
    Object refused(SubmitOnceGuard.SubmitRefused e, HttpServletRequest request) {
        HttpStatus status = e.used() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        if (e.json()) {
            String text = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
            return ResponseEntity.status(status).body(Map.of("error", text));
        }
        ModelAndView page = new ModelAndView("system/submit-refused");
        page.addObject("messageKey", e.messageKey());
        page.addObject("back", sameSiteReferer(request));
        page.setStatus(status);
        return page;
    }

    /** The page the form came from, when it is one of ours; otherwise the start page. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        if (referer != null && referer.startsWith(origin)) {
            int path = referer.indexOf('/', origin.length());
            return path < 0 ? "/" : referer.substring(path);
        }
        return "/";
    }
}
