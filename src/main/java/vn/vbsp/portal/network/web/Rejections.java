package vn.vbsp.portal.network.web;

import org.springframework.validation.BindingResult;
import vn.vbsp.portal.network.domain.NetworkRuleException;

/** Puts a refused change's message next to its field, or above the form when it belongs to no field. */
final class Rejections {

    private Rejections() {
    }

    static void reject(BindingResult errors, NetworkRuleException e) {
        if (e.field() == null) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey());
        }
    }
}
