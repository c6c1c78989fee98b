package vn.vbsp.portal.demo;

import java.util.ArrayList;
import java.util.List;

/** A list of choices with weights, drawn in proportion to their weight. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Weighted<T> of(T item, double weight) {
        return new Weighted<T>().or(item, weight);
    }

    Weighted<T> or(T item, double weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T draw(Dice dice) {
        double point = dice.fraction() * total;
        for (int i = 0; i < items.size(); i++) {
            if (point < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
