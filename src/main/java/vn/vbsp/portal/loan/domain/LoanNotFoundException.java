package vn.vbsp.portal.loan.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An application, loan or decision that does not exist, or lies outside the user's scope: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LoanNotFoundException extends RuntimeException {

    public LoanNotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
