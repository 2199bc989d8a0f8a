-- Search across cases and seizures (issue 14): PostgreSQL full text over the words officers type ('simple'
-- configuration: no stemming, so Khmer, Lao and Vietnamese words are kept as written). Names go through matching.
create index crime_case_text on crime_case
    using gin (to_tsvector('simple', number || ' ' || title || ' ' || summary));
create index case_seizure_text on case_seizure
    using gin (to_tsvector('simple', item || ' ' || coalesce(species, '') || ' ' || coalesce(lot, '')));
