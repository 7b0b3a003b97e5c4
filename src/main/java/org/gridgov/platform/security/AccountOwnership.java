package org.gridgov.platform.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Whose a user account is, for a service that changes an account indirectly: the grid service's
 * worker records become the worker account's token scope (WorkerGridsAssigned), so a township may
 * only write the record of an account that is already its own worker, or of a name no account has.
 */
@Singleton
public class AccountOwnership {

    private final Users users;

    public AccountOwnership(Users users) {
        this.users = users;
    }

    /**
     * True when no account has this name (the township creates a new worker), or the account is a
     * WORKER whose grids all lie in the township. An account of another role, of another township's
     * grids, or without any grid (whose it is cannot be told) is not the township's.
     */
    @Transactional
    public boolean townshipMayAssign(String username, String townshipCode) {
        return users.findById(username).map(user -> Role.WORKER.name().equals(user.role())
                && user.scope().length > 0
                && List.of(user.scope()).stream().allMatch(grid -> grid.startsWith(townshipCode)))
                .orElse(true);
    }
}
