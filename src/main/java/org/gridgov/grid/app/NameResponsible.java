package org.gridgov.grid.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.AreaLevel;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.AreaRow;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/**
 * Names who answers for an area: the township leader or the community secretary (the grid head is
 * a property of the grid). A township operator may do so inside their own township.
 */
@Singleton
public class NameResponsible {

    private final AreaRepository areas;
    private final ChainCache chains;

    NameResponsible(AreaRepository areas, ChainCache chains) {
        this.areas = areas;
        this.chains = chains;
    }

    @Transactional
    public Area name(String code, String person, Caller caller) {
        Area area = areas.findById(code).map(AreaRow::toArea).orElseThrow(() -> Refusal.notFound("no area " + code));
        boolean reaches = caller.is(Role.ADMIN) || (caller.is(Role.TOWNSHIP) && code.length() >= 9
                && area.level().ordinal() >= AreaLevel.TOWNSHIP.ordinal() && caller.inScope(code.substring(0, 9)));
        if (!reaches) {
            throw Refusal.notAllowed("only an administrator or the area's own township may name its responsible person");
        }
        Area named = area.withResponsible(person);
        areas.update(AreaRow.of(named));
        chains.forgetAll();
        return named;
    }
}
