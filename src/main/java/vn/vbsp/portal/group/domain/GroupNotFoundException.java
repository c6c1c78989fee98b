package vn.vbsp.portal.group.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such group or member, or one outside the user's scope: both answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GroupNotFoundException extends RuntimeException {

    public GroupNotFoundException(String what) {
        super("Not found: " + what);
    }
}
