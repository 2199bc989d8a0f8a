package org.liaison.screening;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.input.Fields;

/** Which alerts to list; null means any. {@code own}: issued here (true) or received from partners (false). */
public record AlertFilter(@Nullable Boolean own, @Nullable AlertStatus status, @Nullable NoticeType noticeType,
                          @Nullable String text) {

    public AlertFilter {
        text = Fields.cut(text, 100);
    }
}
