package vn.tongket.vote;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.tongket.organization.CommitteeGroups;

/**
 * The user completing a task, from the engine's authentication (set by Tasklist, the engine REST API, our /api and
 * the simulation), with the groups the identity service holds (synced from the organization model). Without an
 * authentication the call comes from the application's own code (a test, an import), never from a task holder.
 */
final class EngineActor {

    static final String SYSTEM = "system";

    private EngineActor() {
    }

    static VoteViews.Actor of(IdentityService identity) {
        Authentication a = identity.getCurrentAuthentication();
        if (a == null || a.getUserId() == null) {
            return null;
        }
        List<String> groups = a.getGroupIds() == null ? List.of() : List.copyOf(a.getGroupIds());
        return new VoteViews.Actor(a.getUserId(), groups, groups.contains(CommitteeGroups.ADMIN));
    }
}
