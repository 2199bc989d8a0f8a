package org.liaison.cases;

import java.util.List;
import java.util.Map;

/**
 * How many of the cases the caller may see occurred in each month of a year, per type; types with none are left
 * out. {@code byType} values have twelve counts, January first.
 */
public record CaseStatistics(int year, Map<CaseType, List<Long>> byType) {

    public CaseStatistics {
        byType = Map.copyOf(byType);
    }

    public long total() {
        return byType.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    public long totalOf(CaseType type) {
        return byType.getOrDefault(type, List.of()).stream().mapToLong(Long::longValue).sum();
    }

    /** The month's count over all types, {@code month} from 1 to 12. */
    public long totalIn(int month) {
        return byType.values().stream().mapToLong(counts -> counts.get(month - 1)).sum();
    }
}
