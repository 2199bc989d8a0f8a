package org.liaison.border.payload;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;

/** What the border module sends and receives through the exchange: revocation lists of border passes (ADR 0016). */
@Component
class BorderPayloads implements PayloadRegistration {

    @Override
    public List<PayloadType<?>> payloadTypes() {
        return List.of(PayloadType.of(DataCategory.BORDER_PASS_VERIFICATION, 2, PassRevocations.class));
    }
}
