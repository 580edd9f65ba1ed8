package vn.tongket.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Engine-level guard of {@link VariablePolicy} (plain engine plugin: used by the Spring app and by the engine-only
 * tests' camunda.cfg.xml):
 * <ol>
 *   <li>a command interceptor refuses, with a Vietnamese message and before anything is written, a command
 *       issued by an authenticated user (Engine REST, Tasklist, our /api) that would change or remove a
 *       {@link VariablePolicy#ROUTING} variable: task variables (set, patch, remove, local or not), completion
 *       and form submission with variables, execution/process-instance variables. Commands issued from inside
 *       another command (our delegates and listeners), and commands without an authenticated user (job executor,
 *       startup, our services' own calls) are the engine's own code and pass. Writing the value a variable
 *       already has (a read-only form field echoed back) is not a change and passes;</li>
 *   <li>{@link CompleterCheck} on completion of every user task: the authenticated completer is whom the BPMN
 *       names (assignee, candidate users, members of candidate groups — organization model);</li>
 *   <li>the history level {@link ConfidentialHistoryLevel}: full history without the
 *       {@link VariablePolicy#CONFIDENTIAL} variables and without form-field details.</li>
 * </ol>
 * The command fields are read reflectively; they are resolved when the plugin is created, so a Camunda upgrade
 * that renames one fails the engine's start instead of silently opening the guard.
 */
public class VariableGuardPlugin extends AbstractProcessEnginePlugin {

    private final CompleterCheck completerCheck;

    /** For the engine-only tests: group membership from Camunda's identity. */
    public VariableGuardPlugin() {
        this(user -> java.util.Optional.empty());
    }

    /** @param memberGroups a party member's groups by the organization model (empty for other accounts) */
    public VariableGuardPlugin(Function<String, java.util.Optional<java.util.Set<String>>> memberGroups) {
        this.completerCheck = new CompleterCheck(memberGroups);
    }

    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field ENTITY_ID = field(AbstractVariableCmd.class, "entityId");
    private static final Field SET_VARIABLES = field(AbstractSetVariableCmd.class, "variables");
    private static final Field REMOVE_NAMES = field(AbstractRemoveVariableCmd.class, "variableNames");
    private static final Field PATCH_ENTITY_ID = field(AbstractPatchVariablesCmd.class, "entityId");
    private static final Field PATCH_VARIABLES = field(AbstractPatchVariablesCmd.class, "variables");
    private static final Field PATCH_DELETIONS = field(AbstractPatchVariablesCmd.class, "deletions");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> parse = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parse.add(new org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(org.camunda.bpm.engine.impl.util.xml.Element element,
                                      org.camunda.bpm.engine.impl.pvm.process.ScopeImpl scope,
                                      org.camunda.bpm.engine.impl.pvm.process.ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior b) {
                    b.getTaskDefinition().addBuiltInTaskListener(org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE,
                            completerCheck);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(parse);

        var levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<org.camunda.bpm.engine.impl.history.HistoryLevel>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(ConfidentialHistoryLevel.INSTANCE);
        configuration.setCustomHistoryLevels(levels);
        configuration.setHistoryLevel(null);
        configuration.setHistory(ConfidentialHistoryLevel.NAME);
    }

    /** The message shown to the user (Tasklist, Engine REST, /api). */
    static String refusal(String name) {
        return "Biến quy trình \"" + name + "\" do hệ thống ghi (phân công công việc, xác định hồ sơ): người xử lý "
                + "công việc không được thay đổi hay xóa";
    }

    /** Runs before the command, inside its command context; only the outermost command of a thread is checked. */
    static final class Guard extends CommandInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                if (depth[0] == 1) {
                    check(command);
                }
                return next.execute(command);
            } finally {
                depth[0]--;
                if (depth[0] == 0) {
                    DEPTH.remove();
                }
            }
        }
    }

    static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthenticatedUserId() == null) {
            return;
        }
        if (command instanceof CompleteTaskCmd) {
            checkWrites(task(context, (String) get(COMPLETE_TASK_ID, command)), map(get(COMPLETE_VARIABLES, command)));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkWrites(task(context, (String) get(SUBMIT_TASK_ID, command)), map(get(SUBMIT_PROPERTIES, command)));
        } else if (command instanceof AbstractSetVariableCmd) {
            checkWrites(scopeOf(context, command, (String) get(ENTITY_ID, command)), map(get(SET_VARIABLES, command)));
        } else if (command instanceof AbstractRemoveVariableCmd) {
            checkRemovals(scopeOf(context, command, (String) get(ENTITY_ID, command)), names(get(REMOVE_NAMES, command)));
        } else if (command instanceof AbstractPatchVariablesCmd) {
            AbstractVariableScope scope = scopeOf(context, command, (String) get(PATCH_ENTITY_ID, command));
            checkWrites(scope, map(get(PATCH_VARIABLES, command)));
            checkRemovals(scope, names(get(PATCH_DELETIONS, command)));
        }
    }

    private static AbstractVariableScope scopeOf(CommandContext context, Command<?> command, String id) {
        if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                || command instanceof PatchTaskVariablesCmd) {
            return task(context, id);
        }
        if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
                || command instanceof PatchExecutionVariablesCmd) {
            return id == null ? null : context.getExecutionManager().findExecutionById(id);
        }
        // another kind of scope (case executions): no current value, every routing name refused
        return Unknown.INSTANCE;
    }

    private static AbstractVariableScope task(CommandContext context, String taskId) {
        return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    }

    private static void checkWrites(AbstractVariableScope scope, Map<String, ?> variables) {
        if (variables == null) {
            return;
        }
        for (Map.Entry<String, ?> e : variables.entrySet()) {
            String name = e.getKey();
            if (!VariablePolicy.routing(name)) {
                continue;
            }
            if (scope == null) {
                // the command fails by itself (unknown task or execution); nothing to compare with
                continue;
            }
            Object current = scope == Unknown.INSTANCE ? null : scope.getVariable(name);
            if (!sameValue(current, e.getValue())) {
                throw new AccessRefusedException(refusal(name));
            }
        }
    }

    private static void checkRemovals(AbstractVariableScope scope, Collection<String> names) {
        if (names == null || scope == null) {
            return;
        }
        for (String name : names) {
            if (VariablePolicy.routing(name) && (scope == Unknown.INSTANCE || scope.hasVariable(name))) {
                throw new AccessRefusedException(refusal(name));
            }
        }
    }

    static boolean sameValue(Object current, Object submitted) {
        Object v = submitted instanceof TypedValue t ? t.getValue() : submitted;
        Object c = current instanceof TypedValue t ? t.getValue() : current;
        if (Objects.equals(c, v)) {
            return true;
        }
        if (c instanceof Number a && v instanceof Number b) {
            return a.doubleValue() == b.doubleValue() && a.longValue() == b.longValue();
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object o) {
        return (Map<String, ?>) o;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> names(Object o) {
        return (Collection<String>) o;
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda " + owner.getSimpleName() + " has no field " + name
                    + ": the variable guard must be adapted to this Camunda version", e);
        }
    }

    /** Marker scope for commands on scopes the guard does not resolve. */
    private static final class Unknown extends org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope {
        static final Unknown INSTANCE = new Unknown();

        @Override
        protected org.camunda.bpm.engine.impl.core.variable.scope.VariableStore<org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance> getVariableStore() {
            return new org.camunda.bpm.engine.impl.core.variable.scope.VariableStore<>();
        }

        @Override
        protected org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory<org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance> getVariableInstanceFactory() {
            return null;
        }

        @Override
        protected List<org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener<org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
            return List.of();
        }

        @Override
        public AbstractVariableScope getParentVariableScope() {
            return null;
        }
    }
}
