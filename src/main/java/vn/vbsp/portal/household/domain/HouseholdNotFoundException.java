package vn.vbsp.portal.household.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A household (or one of its loans) that does not exist or lies outside the user's scope: the same 404 for both. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class HouseholdNotFoundException extends RuntimeException {

    public HouseholdNotFoundException(long id) {
        super("No household " + id + " in scope");
    }
}
