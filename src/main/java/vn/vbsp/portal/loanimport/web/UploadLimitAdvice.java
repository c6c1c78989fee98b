package vn.vbsp.portal.loanimport.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit never reaches the controller (the request is refused while its parts are read), so the
 * import page's answer to it is given here: the form again, with the limit. Uploads elsewhere are left to others.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final long maxBytes;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxBytes = maxFileSize.toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/imports/loan-book")) {
            throw e;
        }
        ModelAndView page = new ModelAndView("loanimport/form");
        page.addObject("tooLarge", true);
        page.addObject("maxBytes", maxBytes);
        page.addObject("maxMegabytes", maxBytes / (1024 * 1024));
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
