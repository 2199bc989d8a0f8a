package org.liaison.prisoners.wire;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;

/**
 * What the prisoners module sends and receives through the exchange (ADR 0013): transfer steps as version 2, the
 * typed record that replaced the exchange's generic version 1 (subject, body and two free-text fields), which no
 * node sent before this module did.
 */
@Component
class PrisonerPayloads implements PayloadRegistration {

    @Override
    public List<PayloadType<?>> payloadTypes() {
        return List.of(PayloadType.of(DataCategory.TRANSFER_STEP, 2, TransferStepMessage.class));
    }
}
