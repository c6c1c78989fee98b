package vn.vbsp.portal.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Two people saving the same commune at the same moment: the later one's optimistic lock or a unique constraint
 * fails at commit. That is no server error: they are sent back to the page with a message to look again.
 */
@ControllerAdvice(assignableTypes = {CommuneController.class, VillageController.class, PointController.class})
class NetworkConflictAdvice {

    private static final Pattern COMMUNE_PAGE = Pattern.compile("^/communes/(\\d+)");

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    String concurrentChange(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("flashError", "network.error.concurrent");
        Matcher commune = COMMUNE_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return commune.find() ? "redirect:/communes/" + commune.group(1) : "redirect:/communes";
    }
}
