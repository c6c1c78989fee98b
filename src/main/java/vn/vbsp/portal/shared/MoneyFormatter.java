package vn.vbsp.portal.shared;

import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds form fields of type {@link Money} through {@link MoneyText}: an empty field binds as null, text that is not
 * a whole number of đồng is a binding error (message key {@code typeMismatch.vn.vbsp.portal.shared.Money}, so the
 * form is shown again with the message at its field).
 */
public class MoneyFormatter implements Formatter<Money> {

    @Override
    public Money parse(String text, Locale locale) throws ParseException {
        if (MoneyText.isBlank(text)) {
            return null;
        }
        try {
            return MoneyText.parse(text);
        } catch (MoneyText.Unreadable e) {
            ParseException refusal = new ParseException(e.messageKey(), 0);
            refusal.initCause(e);
            throw refusal;
        }
    }

    @Override
    public String print(Money amount, Locale locale) {
        return MoneyText.print(amount);
    }
}
