package vn.vbsp.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Money} as a {@code bigint} of whole đồng. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {

    @Override
    public Long convertToDatabaseColumn(Money money) {
        return money == null ? null : money.dong();
    }

    @Override
    public Money convertToEntityAttribute(Long dong) {
        return dong == null ? null : Money.of(dong);
    }
}
