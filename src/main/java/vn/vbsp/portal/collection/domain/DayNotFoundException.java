package vn.vbsp.portal.collection.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such commune, or a commune without a transaction point: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DayNotFoundException extends IllegalArgumentException {

    public DayNotFoundException(String communeCode) {
        super("no transaction point for commune " + communeCode);
    }
}
