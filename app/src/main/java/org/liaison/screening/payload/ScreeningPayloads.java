package org.liaison.screening.payload;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;

/** What screening sends and receives through the exchange: alerts and hit notifications (ADR 0013). */
@Component
class ScreeningPayloads implements PayloadRegistration {

    @Override
    public List<PayloadType<?>> payloadTypes() {
        return List.of(PayloadType.of(DataCategory.ALERT, 1, AlertNotice.class),
                PayloadType.of(DataCategory.HIT_NOTIFICATION, 1, HitNotification.class));
    }
}
