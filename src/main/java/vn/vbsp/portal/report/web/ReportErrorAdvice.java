package vn.vbsp.portal.report.web;

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

/**
 * A report asked for with a parameter it cannot take answers 400 with a message saying what is wrong: as plain text
 * for a file (.csv, .xlsx), as a page otherwise.
 */
@ControllerAdvice(basePackageClasses = ReportErrorAdvice.class)
class ReportErrorAdvice {

    private final MessageSource messages;

    ReportErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadReportRequest.class)
    Object badRequest(BadReportRequest e, HttpServletRequest request) {
        String message = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
        String uri = request.getRequestURI();
        if (uri.endsWith(".csv") || uri.endsWith(".xlsx")) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
        }
        ModelAndView page = new ModelAndView("report/bad-request");
        page.addObject("message", message);
        page.addObject("back", uri);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
