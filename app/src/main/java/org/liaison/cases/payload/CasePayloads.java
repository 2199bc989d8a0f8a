package org.liaison.cases.payload;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;

/** What the cases module sends and receives as its own records: mutual legal assistance (ADR 0017). */
@Component
class CasePayloads implements PayloadRegistration {

    @Override
    public List<PayloadType<?>> payloadTypes() {
        return List.of(PayloadType.of(DataCategory.LEGAL_ASSISTANCE_REQUEST, 2, LegalAssistance.class));
    }
}
