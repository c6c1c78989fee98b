package vn.vbsp.portal.loanimport.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each column sits in a file, from its header row: names compared without case and surrounding spaces, in any
 * order; other columns are ignored. A column missing or named twice refuses the file.
 */
final class Header {

    private final Map<Column, Integer> positions;

    private Header(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    static Header of(List<String> names) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Set<String> duplicated = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = normalise(names.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name)) {
                duplicated.add(name);
                continue;
            }
            for (Column column : Column.values()) {
                if (column.header().equals(name)) {
                    positions.put(column, i);
                }
            }
        }
        if (!duplicated.isEmpty()) {
            throw new ImportRefused("loanimport.file.duplicate-columns", String.join(", ", duplicated));
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRefused("loanimport.file.missing-columns", String.join(", ", missing));
        }
        return new Header(positions);
    }

    /** The record's value in {@code column}, stripped, in composed Unicode (NFC); empty when the record is short. */
    String value(List<String> fields, Column column) {
        int position = positions.get(column);
        if (position >= fields.size()) {
            return "";
        }
        String value = fields.get(position);
        return value == null ? "" : Normalizer.normalize(value.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replace("\uFEFF", "").replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
