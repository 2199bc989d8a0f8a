package org.liaison.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.Volume;

/**
 * The dashboard's volumes as a partner-by-category table: rows, the categories that occur (columns), and each
 * cell's count. Public for the template engine, which reads it reflectively.
 */
public record VolumeTable(List<String> partners, List<DataCategory> categories,
                          Map<String, Map<DataCategory, Long>> counts) {

    static VolumeTable of(List<Volume> volumes) {
        var counts = new LinkedHashMap<String, Map<DataCategory, Long>>();
        var categories = new TreeSet<DataCategory>();
        for (var v : volumes) {
            counts.computeIfAbsent(v.partner(), p -> new LinkedHashMap<>()).merge(v.category(), v.messages(), Long::sum);
            categories.add(v.category());
        }
        return new VolumeTable(List.copyOf(counts.keySet()), new ArrayList<>(categories), counts);
    }

    public long count(String partner, DataCategory category) {
        return counts.getOrDefault(partner, Map.of()).getOrDefault(category, 0L);
    }

    public boolean isEmpty() {
        return partners.isEmpty();
    }
}
