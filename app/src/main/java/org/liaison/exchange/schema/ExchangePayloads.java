package org.liaison.exchange.schema;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.BorderIncident;
import org.liaison.exchange.payload.CaseSummary;
import org.liaison.exchange.payload.Correspondence;
import org.liaison.exchange.payload.DrugSeizureReport;
import org.liaison.exchange.payload.DrugTraffickingInformation;
import org.liaison.exchange.payload.PayloadType;
import org.liaison.exchange.payload.PersonOfInterest;
import org.liaison.exchange.payload.SmugglingReport;
import org.liaison.exchange.payload.PayloadRegistration;
import org.springframework.stereotype.Component;

/**
 * The payload types the exchange registers itself: those officers write by hand (the compose form and the API),
 * until a module that owns the category (cases, border, prisoners) registers its own instead. Screening
 * registers alerts and hit notifications, prisoners transfer steps, the border module its revocation lists
 * (BORDER_PASS_VERIFICATION).
 */
@Component
class ExchangePayloads implements PayloadRegistration {

    @Override
    public List<PayloadType<?>> payloadTypes() {
        return List.of(
                PayloadType.of(DataCategory.DRUG_TRAFFICKING_INFORMATION, 1, DrugTraffickingInformation.class),
                PayloadType.of(DataCategory.DRUG_SEIZURE_REPORT, 1, DrugSeizureReport.class),
                PayloadType.of(DataCategory.BORDER_INCIDENT, 1, BorderIncident.class),
                PayloadType.of(DataCategory.SMUGGLING_REPORT, 1, SmugglingReport.class),
                PayloadType.of(DataCategory.PERSON_OF_INTEREST, 1, PersonOfInterest.class),
                PayloadType.of(DataCategory.CASE_SUMMARY, 1, CaseSummary.class),
                PayloadType.of(DataCategory.ENVIRONMENTAL_CRIME_REPORT, 1, Correspondence.class),
                PayloadType.of(DataCategory.CROSSING_STATISTICS, 1, Correspondence.class),
                PayloadType.of(DataCategory.PRISONER_RECORD, 1, Correspondence.class),
                PayloadType.of(DataCategory.GENERAL_CORRESPONDENCE, 1, Correspondence.class));
    }
}
