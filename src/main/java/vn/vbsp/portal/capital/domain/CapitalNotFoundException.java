package vn.vbsp.portal.capital.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A commune that does not exist: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CapitalNotFoundException extends RuntimeException {

    public CapitalNotFoundException(Object communeId) {
        super("No commune " + communeId);
    }
}
