package vn.vbsp.portal.programme.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProgrammeNotFoundException extends RuntimeException {

    public ProgrammeNotFoundException(String code) {
        super("No programme " + code);
    }
}
