package org.liaison.screening.watchlist;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Refreshes this instance's index as soon as the transaction that changed alerts commits. */
@Component
public class IndexRefresh {

    private final WatchlistIndex index;

    IndexRefresh(WatchlistIndex index) {
        this.index = index;
    }

    public void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.refresh();
            }
        });
    }
}
