package vn.tongket.review;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Engine calls that the process makes on its own behalf, not on behalf of the user completing a task. */
final class Engine {

    private Engine() {
    }

    /** Runs engine service calls nested in the current command without the current user's authorization checks. */
    static <T> T withoutAuthorization(Callable<T> call) {
        CommandContext ctx = Context.getCommandContext();
        try {
            return ctx == null ? call.call() : ctx.runWithoutAuthorization(call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
