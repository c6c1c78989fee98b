package vn.vbsp.portal.capital;

import vn.vbsp.portal.shared.Money;

/** A year's capital plan from one source (central, mobilised, local), summed over communes and programmes. */
public record SourcePlan(String code, String name, Money amount) {
}
