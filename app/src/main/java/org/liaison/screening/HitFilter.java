package org.liaison.screening;

import org.jspecify.annotations.Nullable;

/** Which hits to list; null means any. The officer's agency scope is applied by the facade. */
public record HitFilter(@Nullable HitStatus status, @Nullable AlertId alert, @Nullable BatchId batch, int page) {

    public static final int PAGE_SIZE = 50;

    public HitFilter {
        page = Math.max(0, page);
    }
}
