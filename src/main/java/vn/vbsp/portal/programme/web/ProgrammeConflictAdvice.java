package vn.vbsp.portal.programme.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Two administrators saving the same programme at the same moment: the later one's optimistic lock or the unique
 * (programme, effective date) constraint fails at commit. They go back to the programme with a message, not a 500.
 */
@ControllerAdvice(assignableTypes = ProgrammeController.class)
class ProgrammeConflictAdvice {

    private static final Pattern PROGRAMME_PAGE = Pattern.compile("^/programmes/([A-Za-z0-9]+)");

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    String concurrentChange(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("flashError", "programme.error.concurrent");
        Matcher programme = PROGRAMME_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return programme.find() ? "redirect:/programmes/" + programme.group(1) : "redirect:/programmes";
    }
}
