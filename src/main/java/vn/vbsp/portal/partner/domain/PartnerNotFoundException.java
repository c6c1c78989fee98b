package vn.vbsp.portal.partner.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such organisation, chapter or contract, or one outside the user's scope: answered alike, with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PartnerNotFoundException extends RuntimeException {

    public PartnerNotFoundException(String what) {
        super("Not found: " + what);
    }
}
