package vn.vbsp.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How a request refused for its input is answered: a posted form goes back to the page it came from with the message
 * on top; anything else gets a 400 page with the message and a link back. Never a 500.
 */
final class BadInput {

    private BadInput() {
    }

    static ModelAndView answer(HttpServletRequest request, String messageKey) {
        String back = sameSiteReferer(request);
        if ("POST".equals(request.getMethod()) && back != null) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("flashError", messageKey);
            RedirectView redirect = new RedirectView(back, true);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        ModelAndView page = new ModelAndView("system/bad-input");
        page.addObject("messageKey", messageKey);
        page.addObject("back", back == null ? "/" : back);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /** The path of the page the request came from, when it is one of ours; otherwise null. */
    static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        if (referer == null || !referer.startsWith(origin)) {
            return null;
        }
        int path = referer.indexOf('/', origin.length());
        String target = path < 0 ? "/" : referer.substring(path);
        String context = request.getContextPath();
        return target.startsWith(context) ? target.substring(context.length()) : target;
    }
}
