package vn.tongket.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.tongket.organization.CommitteeGroups;

/**
 * The Tasklist filters every member has, created (or corrected) at each identity sync, and who may read them
 * (filter authorizations, one per group): "Việc của tôi", "Sắp đến hạn (7 ngày)" and "Quá hạn" for all members,
 * "Việc của tập thể tôi" for the members of a collective body (committees, boards, agency leadership). The queries
 * use Camunda's filter expressions ({@code currentUser()}, {@code currentUserGroups()}, {@code now()}), so one
 * filter serves everyone and shows only the reader's tasks; the tasks themselves stay guarded by the task
 * authorizations. Camunda's default "Tất cả công việc" filter of earlier versions of this app is removed.
 */
@Service
public class TasklistFilters {

    public static final String MINE = "Việc của tôi";
    public static final String MY_BODIES = "Việc của tập thể tôi";
    public static final String DUE_SOON = "Sắp đến hạn (7 ngày)";
    public static final String OVERDUE = "Quá hạn";
    /** The filter the Camunda starter created before (property camunda.bpm.filter.create), replaced by the four. */
    public static final String LEGACY_ALL_TASKS = "Tất cả công việc";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    /** Whether members of this group work on tasks offered to the group as a body (and so read "Việc của tập thể tôi"). */
    public static boolean isCollectiveBody(String groupId) {
        return !groupId.equals(CommitteeGroups.ALL_MEMBERS) && !groupId.startsWith("chi-bo-")
                && !groupId.equals(CommitteeGroups.ADMIN);
    }

    /**
     * Creates the four filters if missing (matching by name), resets their queries, and grants READ on them:
     * to {@code dang-vien} for the personal ones, to each collective group of {@code groupIds} for the body one.
     * Removes the legacy "Tất cả công việc" filter and a READ grant on every filter ({@code *}) to {@code dang-vien}.
     */
    public void ensure(Set<String> groupIds) {
        for (Filter legacy : filters.createFilterQuery().filterName(LEGACY_ALL_TASKS).list()) {
            filters.deleteFilter(legacy.getId());
        }
        Authorization any = authorizations.createAuthorizationQuery().groupIdIn(CommitteeGroups.ALL_MEMBERS)
                .resourceType(Resources.FILTER).resourceId(Authorization.ANY).singleResult();
        if (any != null) {
            authorizations.deleteAuthorization(any.getId());
        }
        Filter mine = save(MINE, 1, "#1b6ac9", "Công việc đã giao cho đồng chí",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter bodies = save(MY_BODIES, 2, "#2e7d32",
                "Công việc giao cho chi ủy, ban chấp hành, ban thường vụ, ban hoặc tập thể lãnh đạo mà đồng chí là thành viên",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        Filter dueSoon = save(DUE_SOON, 3, "#ef6c00", "Công việc của đồng chí hoặc tập thể của đồng chí đến hạn trong 7 ngày tới",
                mineOrMyBodies().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
        Filter overdue = save(OVERDUE, 4, "#c62828", "Công việc của đồng chí hoặc tập thể của đồng chí đã quá hạn",
                mineOrMyBodies().dueBeforeExpression("${now()}"));
        for (Filter f : List.of(mine, dueSoon, overdue)) {
            grantRead(f, CommitteeGroups.ALL_MEMBERS);
        }
        Set<String> readers = new HashSet<>();
        for (String g : groupIds) {
            if (isCollectiveBody(g)) {
                grantRead(bodies, g);
                readers.add(g);
            }
        }
        // a group that is no longer a collective body (or no longer exists) loses the filter
        for (Authorization a : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(bodies.getId()).list()) {
            if (a.getGroupId() != null && !readers.contains(a.getGroupId())) {
                authorizations.deleteAuthorization(a.getId());
            }
        }
    }

    private TaskQuery mineOrMyBodies() {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
    }

    private Filter save(String name, int priority, String color, String description, TaskQuery query) {
        List<Filter> existing = filters.createFilterQuery().filterName(name).list();
        Filter filter = existing.isEmpty() ? filters.newTaskFilter(name) : existing.get(0);
        for (int i = 1; i < existing.size(); i++) {
            filters.deleteFilter(existing.get(i).getId());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", new ArrayList<>());
        filter.setProperties(properties);
        filter.setQuery(query);
        return filters.saveFilter(filter);
    }

    private void grantRead(Filter filter, String groupId) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
        if (existing != null) {
            return;
        }
        Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filter.getId());
        auth.addPermission(Permissions.READ);
        authorizations.saveAuthorization(auth);
    }
}
