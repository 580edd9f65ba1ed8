package vn.tongket.identity;

import java.util.List;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.organization.CommitteeGroups;

/** The user of the current /api request (HTTP Basic or the Camunda webapp session) and their groups. */
public record CurrentUser(String userId, List<String> groups) {

    private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

    public boolean isAdmin() {
        return groups.contains(CommitteeGroups.ADMIN);
    }

    public boolean inGroup(String groupId) {
        return groups.contains(groupId);
    }

    public boolean inAnyGroup(java.util.Collection<String> groupIds) {
        return groupIds.stream().anyMatch(groups::contains);
    }

    /** The authenticated user; refuses when there is none (a call outside an authenticated request). */
    public static CurrentUser get() {
        CurrentUser u = CURRENT.get();
        if (u == null) {
            throw new AccessRefusedException("Chưa đăng nhập");
        }
        return u;
    }

    public static void set(CurrentUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }
}
