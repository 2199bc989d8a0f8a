package org.liaison.directory.store;

import org.liaison.directory.AgencyId;
import org.liaison.directory.CheckpointDraft;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * What a change may refer to: known countries and agencies, no duplicate. Checked before writing so that an
 * officer gets a clear answer instead of a foreign-key error.
 */
@Component
public class References {

    private final Countries countries;
    private final Agencies agencies;
    private final Checkpoints checkpoints;

    References(Countries countries, Agencies agencies, Checkpoints checkpoints) {
        this.countries = countries;
        this.agencies = agencies;
        this.checkpoints = checkpoints;
    }

    public void requireCountry(String code) {
        if (!countries.exists(code)) {
            throw new InvalidInput("directory.refusal.unknownCountry", "country " + code + " is not in the directory", code);
        }
    }

    public void requireAgency(AgencyId id) {
        if (!agencies.exists(id)) {
            throw new InvalidInput("directory.refusal.unknownAgency", "agency " + id + " is not in the directory", id);
        }
    }

    /** A new agency needs a known country and parent, and an id of its own. */
    public void requireNewAgency(AgencyId id) {
        if (agencies.exists(id)) {
            throw new Conflict("directory.refusal.agencyExists", "agency " + id + " already exists", id);
        }
        requireCountry(id.country());
        id.parent().filter(parent -> !agencies.exists(parent)).ifPresent(parent -> {
            throw new InvalidInput("directory.refusal.unknownParent", "the parent agency " + parent + " does not exist", parent);
        });
    }

    /** A crossing between known countries that no other checkpoint (but {@code id} itself) already names. */
    public CheckpointDraft requireNewCrossing(CheckpointDraft draft, long id) {
        requireCountry(String.valueOf(draft.countryA()));
        requireCountry(String.valueOf(draft.countryB()));
        if (checkpoints.exists(draft, id)) {
            throw new Conflict("directory.refusal.checkpointExists", "this checkpoint is already in the directory");
        }
        return draft;
    }
}
