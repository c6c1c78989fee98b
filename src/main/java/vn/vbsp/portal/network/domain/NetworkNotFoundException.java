package vn.vbsp.portal.network.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A commune, village, point or team member that does not exist (or not where the URL says): answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NetworkNotFoundException extends RuntimeException {

    public NetworkNotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
